/**
 * The evaluation report (evaluatieverslag) of the community: introduction, results per work
 * group, the participants' quotes in their three categories, the critical success factors as
 * reviewed, challenges, the group-development story, and the conclusion. Pure: project in,
 * Document out; names through the anonymiser, text through the sanitiser.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx'
import { quotesByCategory, resultOf } from '../../../../shared/logic/evaluation'
import { actionsOfGroup, planOf, planProgress } from '../../../../shared/logic/plans'
import { includes, type EvaluationReportSection } from '../../../../shared/logic/report-options'
import { checkOf, successFactors, summariseChecklist } from '../../../../shared/logic/success-factors'
import type { ChallengeKind, ProjectFile, QuoteCategory } from '../../../../shared/model'
import { challengeKinds } from '../../../../shared/model'
import { bullet, heading, label, labelled, note, paragraph, present } from '../blocks'
import { dutchDate } from '../dates'
import { dataTable, detailsTable } from '../tables'
import { COLORS } from '../house-style'
import { isBlank, sanitize, textRuns } from '../text'
import { groupDevelopmentSection } from './group-development-section'
import { CHECK_STATUS, type ReportContext, reportDocument } from './report-common'

export const CATEGORY_TITLES: Record<QuoteCategory, string> = {
  learningYield: 'Leerrendement en opbrengst',
  structure: 'Structuur en organisatie',
  groupDynamics: 'Groepsdynamiek, interactie en werkklimaat',
}
const CHALLENGE_TITLES: Record<ChallengeKind, string> = {
  sustainability: 'Borging',
  continuity: 'Continuïteit van de groep',
  improvement: 'Verbeterpunt',
  other: 'Overig',
}
const NOT_FILLED = 'Nog niet ingevuld.'

/** A quote as an indented italic paragraph, with who said it (their stand-in) after a dash. */
function quoteParagraph(text: string, who: string): Paragraph {
  return new Paragraph({
    indent: { left: 567, right: 283 },
    spacing: { after: 100 },
    border: { left: { style: 'single', size: 12, color: COLORS.rule, space: 8 } },
    children: [
      ...textRuns(`‘${sanitize(text)}’`, { italics: true }, ''),
      ...(who ? [new TextRun({ text: ` — ${who}`, color: COLORS.muted })] : []),
    ],
  })
}

function introduction(ctx: ReportContext, project: ProjectFile): FileChild[] {
  const { community, evaluation } = project
  const active = project.participants.filter((p) => p.active).length
  const period = [dutchDate(community.startDate), dutchDate(community.endDate)].filter(Boolean).join(' – ')
  return present<FileChild>([
    heading('Inleiding', 1),
    detailsTable([
      ['Leergemeenschap', sanitize(community.name)],
      ['Periode', period],
      ['Opdrachtgever', ctx.anon.text(sanitize(community.commissioner))],
      ['Procesbegeleider', ctx.anon.text(sanitize(community.facilitator))],
      ['Deelnemers', `${project.participants.length} (${active} actief bij de afsluiting)`],
      ['Werkgroepen', String(project.workGroups.length)],
      ['Evaluatiebijeenkomst', dutchDate(evaluation.date)],
    ]),
    labelled('Doel', ctx.anon.text(community.goal)),
    paragraph(ctx.anon.text(evaluation.introduction)),
  ])
}

function results(ctx: ReportContext, project: ProjectFile): FileChild[] {
  const { evaluation } = project
  return present<FileChild>([
    heading('Resultaten per werkgroep', 1),
    paragraph(ctx.anon.text(evaluation.overallResults)),
    ...(project.workGroups.length === 0 ? [note('Er waren geen werkgroepen.')] : []),
    ...project.workGroups.flatMap((group) => {
      const plan = planOf(project.plans, group.id)
      const groupActions = actionsOfGroup(project.actions, group.id, project.meetings)
      const progress = plan ? planProgress(plan, groupActions) : null
      const text = resultOf(evaluation.workGroupResults, group.id)
      return present<FileChild>([
        heading(group.name, 2),
        detailsTable([
          ['Kartrekker', ctx.anon.participant(group.leadId)],
          ['Doelstelling', plan ? ctx.anon.text(sanitize(plan.objective)) : ''],
          ['Acties', progress && progress.actionsTotal > 0 ? `${progress.actionsDone} van ${progress.actionsTotal} afgerond` : ''],
        ]),
        paragraph(ctx.anon.text(text)) ?? note(NOT_FILLED),
      ])
    }),
  ])
}

function quotes(ctx: ReportContext, project: ProjectFile): FileChild[] {
  const groups = quotesByCategory(project.evaluation)
  const total = project.evaluation.quotes.length
  return present<FileChild>([
    heading('Ervaringen van deelnemers', 1),
    total === 0
      ? note('Er zijn geen citaten vastgelegd.')
      : paragraph(`Tijdens de evaluatie deelden de deelnemers hun ervaringen. Hieronder ${total === 1 ? 'staat één citaat' : `staan ${total} citaten`}, ingedeeld in drie categorieën.`),
    ...groups.flatMap(({ category, quotes: list }) => [
      heading(CATEGORY_TITLES[category], 2),
      ...(list.length === 0 ? [note('Geen citaten in deze categorie.')] : list.map((q) => quoteParagraph(ctx.anon.text(q.text), ctx.anon.participant(q.participantId)))),
    ]),
  ])
}

function factors(ctx: ReportContext, project: ProjectFile): FileChild[] {
  const checks = project.evaluation.successFactorChecks
  const totals = summariseChecklist(checks)
  return [
    heading('Kritische succesfactoren', 1),
    new Paragraph({
      children: textRuns(
        `De procesbegeleider heeft de ${totals.total} punten van de zeven kritische succesfactoren nagelopen: ${totals.ok} in orde, ${totals.attention} met aandacht nodig, ${totals.notApplicable} niet van toepassing en ${totals.open} nog niet beoordeeld.`,
      ),
    }),
    ...successFactors.flatMap((factor) => [
      heading(factor.title, 2),
      dataTable({
        columns: [
          { header: 'Punt', weight: 50 },
          { header: 'Oordeel', weight: 17 },
          { header: 'Toelichting', weight: 33 },
        ],
        rows: factor.points.map((point) => {
          const check = checkOf(checks, point.id)
          const verdict = check.status === null ? { text: 'Nog niet beoordeeld', italics: true, color: COLORS.muted } : check.status === 'attention' ? { text: CHECK_STATUS.attention, bold: true, color: COLORS.warn } : CHECK_STATUS[check.status]
          return [point.group ? `${point.group}: ${point.text}` : point.text, verdict, ctx.anon.text(check.remark)]
        }),
      }),
    ]),
  ]
}

function challenges(ctx: ReportContext, project: ProjectFile): FileChild[] {
  const list = project.evaluation.challenges.filter((c) => !isBlank(c.text))
  return [
    heading('Uitdagingen en borging', 1),
    ...(list.length === 0
      ? [note('Er zijn geen uitdagingen vastgelegd.')]
      : challengeKinds.flatMap((kind) => {
          const ofKind = list.filter((c) => c.kind === kind)
          return ofKind.length === 0 ? [] : present<FileChild>([label(CHALLENGE_TITLES[kind]), ...ofKind.map((c) => bullet(ctx.anon.text(c.text)))])
        })),
  ]
}

export function buildEvaluationReport(project: ProjectFile, ctx: ReportContext): Document {
  const on = (section: EvaluationReportSection) => includes(ctx.options, section)
  const children: FileChild[] = [
    ...(on('introduction') ? introduction(ctx, project) : []),
    ...(on('results') ? results(ctx, project) : []),
    ...(on('quotes') ? quotes(ctx, project) : []),
    ...(on('successFactors') ? factors(ctx, project) : []),
    ...(on('challenges') ? challenges(ctx, project) : []),
    ...(on('groupDevelopment') ? groupDevelopmentSection(ctx, project) : []),
    ...(on('conclusion') ? [heading('Conclusie', 1), paragraph(ctx.anon.text(project.evaluation.conclusion)) ?? note(NOT_FILLED)] : []),
  ]
  return reportDocument({ ctx, defaultTitle: 'Evaluatieverslag', defaultSubtitle: sanitize(project.community.name), children })
}
