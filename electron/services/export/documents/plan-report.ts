/**
 * Plans of approach as Word documents: one work group's plan, or all plans of the community
 * in one document (an overview, then a chapter per work group). Pure: project in, Document out.
 * Every name goes through the anonymiser; every user text through the sanitiser (blocks/tables).
 */
import type { Document, FileChild } from 'docx'
import { ACTION_STATUS_LABELS } from '../../../../shared/logic/action-status'
import { actionsOfGroup, effectiveStatus, latestVersion, milestonesByDate, planOf, planProgress } from '../../../../shared/logic/plans'
import { includes, type PlanReportSection } from '../../../../shared/logic/report-options'
import type { Action, Plan, ProjectFile, WorkGroup } from '../../../../shared/model'
import { cycleSteps } from '../../../../shared/model'
import { bullet, heading, label, labelled, note, paragraph, present } from '../blocks'
import { dutchDate, dutchShortDate } from '../dates'
import { dataTable, detailsTable } from '../tables'
import { isBlank, sanitize } from '../text'
import { PLAN_STATUS, type ReportContext, reportDocument, richText } from './report-common'

const STEP_LABELS = { try: 'Uitproberen', saw: 'Wat we zagen', learnt: 'Wat we leerden', implement: 'Wat we invoeren' } as const
const NOT_FILLED = 'Nog niet ingevuld.'

type Level = 1 | 2 | 3

function textSection(ctx: ReportContext, title: string, text: string, level: Level): FileChild[] {
  const blocks = richText(ctx.anon.text(text))
  return [heading(title, level), ...(blocks.length > 0 ? blocks : [note(NOT_FILLED)])]
}

function statusText(plan: Plan, groupActions: readonly Action[]): string {
  const status = effectiveStatus(plan, groupActions)
  const latest = latestVersion(plan)
  if (status === 'adopted' && latest) return `${PLAN_STATUS.adopted} (versie ${latest.number}, ${dutchDate(latest.adoptedAt)})`
  if (latest) return `${PLAN_STATUS.draft} (gewijzigd na versie ${latest.number}, vastgesteld ${dutchDate(latest.adoptedAt)})`
  return PLAN_STATUS.draft
}

export function actionsTable(ctx: ReportContext, actions: readonly Action[]): FileChild {
  return dataTable({
    columns: [
      { header: 'Nr', weight: 6, alignRight: true },
      { header: 'Actie', weight: 48 },
      { header: 'Wie', weight: 20 },
      { header: 'Deadline', weight: 13 },
      { header: 'Status', weight: 13 },
    ],
    rows: actions.map((a, index) => [String(index + 1), ctx.anon.text(a.what), ctx.anon.participant(a.ownerId), dutchShortDate(a.deadline), ACTION_STATUS_LABELS.nl[a.status]]),
  })
}

function cyclesBlock(ctx: ReportContext, plan: Plan, level: Level): FileChild[] {
  if (plan.cycles.length === 0) return [note('Er zijn nog geen cycli van actieonderzoek vastgelegd.')]
  const sub = Math.min(level + 1, 3) as Level
  return plan.cycles.flatMap((cycle, index) => [
    heading(`Cyclus ${index + 1}${isBlank(cycle.title) ? '' : `: ${ctx.anon.text(sanitize(cycle.title))}`}`, sub),
    dataTable({
      columns: [
        { header: 'Stap', weight: 20 },
        { header: 'Datum', weight: 15 },
        { header: 'Wat', weight: 65 },
      ],
      rows: cycleSteps.map((step) => [{ text: STEP_LABELS[step], bold: true }, dutchShortDate(cycle[step].date), ctx.anon.text(cycle[step].text)]),
    }),
  ])
}

function peopleBlock(ctx: ReportContext, project: ProjectFile, plan: Plan, group: WorkGroup): FileChild[] {
  const anonymised = ctx.options.anonymise !== 'none'
  const people = plan.involvedParticipantIds
    .map((id) => project.participants.find((p) => p.id === id))
    .filter((p): p is NonNullable<typeof p> => p !== undefined)
  const role = (p: (typeof people)[number]) => sanitize(p.discipline) || ''
  const lead = (id: string) => (group.leadId === id ? ' (kartrekker)' : '')
  const participantsTable =
    people.length === 0
      ? note('Er zijn nog geen betrokkenen gekozen.')
      : anonymised
        ? dataTable({
            columns: [
              { header: 'Betrokkene', weight: 40 },
              { header: 'Rol', weight: 60 },
            ],
            rows: people.map((p) => [`${ctx.anon.participant(p.id)}${lead(p.id)}`, ctx.anon.text(role(p))]),
          })
        : dataTable({
            columns: [
              { header: 'Naam', weight: 30 },
              { header: 'Rol', weight: 35 },
              { header: 'Organisatie', weight: 35 },
            ],
            rows: people.map((p) => [`${sanitize(p.name)}${lead(p.id)}`, role(p), p.organisation]),
          })
  const stakeholders = plan.stakeholderIds
    .map((id) => project.stakeholders.find((s) => s.id === id))
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
  const body = (b: string) => (b === 'steeringGroup' ? 'Stuurgroep' : 'Klankbordgroep')
  const stakeholderTable =
    stakeholders.length === 0
      ? null
      : dataTable({
          columns: anonymised
            ? [
                { header: 'Rol', weight: 30 },
                { header: 'Organisatie', weight: 45 },
                { header: 'Orgaan', weight: 25 },
              ]
            : [
                { header: 'Naam', weight: 25 },
                { header: 'Rol', weight: 22 },
                { header: 'Organisatie', weight: 33 },
                { header: 'Orgaan', weight: 20 },
              ],
          rows: stakeholders.map((s) => (anonymised ? [s.role, s.organisation, body(s.body)] : [s.name, s.role, s.organisation, body(s.body)])),
        })
  return present<FileChild>([
    label('Deelnemers'),
    participantsTable,
    stakeholderTable ? label('Stakeholders') : null,
    stakeholderTable,
    isBlank(plan.otherStakeholders) ? null : label('Andere betrokken partijen'),
    paragraph(ctx.anon.text(plan.otherStakeholders)),
  ])
}

function milestonesBlock(plan: Plan, ctx: ReportContext): FileChild {
  if (plan.milestones.length === 0) return note('Er zijn nog geen mijlpalen gepland.')
  return dataTable({
    columns: [
      { header: 'Datum', weight: 20 },
      { header: 'Mijlpaal', weight: 64 },
      { header: 'Gehaald', weight: 16 },
    ],
    rows: milestonesByDate(plan.milestones).map((m) => [dutchDate(m.date), ctx.anon.text(m.title), m.done ? 'Ja' : 'Nee']),
  })
}

function versionsBlock(plan: Plan, ctx: ReportContext): FileChild {
  if (plan.versions.length === 0) return note('Dit plan is nog niet vastgesteld.')
  return dataTable({
    columns: [
      { header: 'Versie', weight: 14, alignRight: true },
      { header: 'Vastgesteld op', weight: 28 },
      { header: 'Notitie', weight: 58 },
    ],
    rows: [...plan.versions].sort((a, b) => a.number - b.number).map((v) => [String(v.number), dutchDate(v.adoptedAt), ctx.anon.text(v.note)]),
  })
}

/** The sections of one plan, with headings at `level` (1 in a single plan, 2 inside the combined document). */
export function planSections(ctx: ReportContext, project: ProjectFile, plan: Plan, group: WorkGroup, level: Level): FileChild[] {
  const groupActions = actionsOfGroup(project.actions, group.id, project.meetings)
  const on = (section: PlanReportSection) => includes(ctx.options, section)
  const theme = project.themes.find((t) => t.id === group.themeId)
  const progress = planProgress(plan, groupActions)
  const blocks: (FileChild | null)[] = [
    detailsTable([
      ['Werkgroep', sanitize(group.name)],
      ['Thema', theme && sanitize(theme.title) !== sanitize(group.name) ? sanitize(theme.title) : ''],
      ['Kartrekker', ctx.anon.participant(group.leadId)],
      ['Leden', String(group.memberIds.length)],
      ['Status', statusText(plan, groupActions)],
      ['Acties', groupActions.length === 0 ? '' : `${progress.actionsDone} van ${progress.actionsTotal} afgerond`],
    ]),
  ]
  const sub = level
  if (on('background')) blocks.push(...textSection(ctx, 'Aanleiding', plan.background, sub))
  if (on('objective')) blocks.push(...textSection(ctx, 'Doelstelling', plan.objective, sub))
  if (on('learningQuestions')) {
    const questions = plan.learningQuestions.filter((q) => !isBlank(q.text))
    blocks.push(heading('Leervragen', sub), ...(questions.length === 0 ? [note(NOT_FILLED)] : questions.map((q) => bullet(ctx.anon.text(q.text)))))
  }
  if (on('intendedResults')) blocks.push(...textSection(ctx, 'Beoogde resultaten en producten', plan.intendedResults, sub))
  if (on('actions')) blocks.push(heading('Acties', sub), groupActions.length === 0 ? note('Er zijn nog geen acties.') : actionsTable(ctx, groupActions))
  if (on('cycles')) blocks.push(heading('Cycli van actieonderzoek', sub), ...cyclesBlock(ctx, plan, sub))
  if (on('people')) blocks.push(heading('Betrokkenen en stakeholders', sub), ...peopleBlock(ctx, project, plan, group))
  if (on('milestones')) blocks.push(heading('Planning en mijlpalen', sub), milestonesBlock(plan, ctx))
  if (on('evaluationApproach')) blocks.push(...textSection(ctx, 'Evaluatie van het plan', plan.evaluationApproach, sub))
  if (on('versions')) blocks.push(heading('Versiegeschiedenis', sub), versionsBlock(plan, ctx))
  return present(blocks)
}

/** The plan of approach of one work group. Returns null when the group has no plan. */
export function buildWorkGroupPlan(project: ProjectFile, workGroupId: string, ctx: ReportContext): Document | null {
  const group = project.workGroups.find((g) => g.id === workGroupId)
  const plan = group ? planOf(project.plans, group.id) : undefined
  if (!group || !plan) return null
  return reportDocument({
    ctx,
    defaultTitle: `Plan van aanpak ${sanitize(group.name)}`,
    defaultSubtitle: sanitize(project.community.name),
    children: planSections(ctx, project, plan, group, 1),
  })
}

/** All plans of the community: an overview table, then one chapter per work group with a plan. */
export function buildCommunityPlans(project: ProjectFile, ctx: ReportContext): Document {
  const withPlans = project.workGroups
    .map((group) => ({ group, plan: planOf(project.plans, group.id) }))
    .filter((x): x is { group: WorkGroup; plan: Plan } => x.plan !== undefined)
  const overview = dataTable({
    columns: [
      { header: 'Werkgroep', weight: 36 },
      { header: 'Kartrekker', weight: 18 },
      { header: 'Status', weight: 28 },
      { header: 'Acties', weight: 18 },
    ],
    rows: withPlans.map(({ group, plan }) => {
      const groupActions = actionsOfGroup(project.actions, group.id, project.meetings)
      const progress = planProgress(plan, groupActions)
      return [{ text: group.name, bold: true }, ctx.anon.participant(group.leadId), statusText(plan, groupActions), `${progress.actionsDone} van ${progress.actionsTotal} afgerond`]
    }),
  })
  const children = present<FileChild>([
    heading('Inleiding', 1),
    withPlans.length === 0
      ? null
      : paragraph(
          `Dit document bundelt de plannen van aanpak van ${withPlans.length === 1 ? 'de werkgroep' : `de ${withPlans.length} werkgroepen`} van ${sanitize(project.community.name) || 'de leergemeenschap'}: eerst een overzicht, daarna per werkgroep het plan.`,
        ),
    labelled('Doel van de leergemeenschap', ctx.anon.text(project.community.goal)),
    labelled('Centrale vraag', ctx.anon.text(project.community.centralQuestion)),
    withPlans.length === 0 ? note('Er zijn nog geen plannen van aanpak.') : overview,
    ...withPlans.flatMap(({ group, plan }) => [heading(group.name, 1), ...planSections(ctx, project, plan, group, 2)]),
  ])
  return reportDocument({
    ctx,
    defaultTitle: 'Plannen van aanpak',
    defaultSubtitle: sanitize(project.community.name),
    children,
  })
}
