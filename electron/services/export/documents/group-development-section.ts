/**
 * The group-development chapter of the evaluation report, as a commissioner reads it: per group
 * (the community first, then each work group with something recorded) the phase it reached, the
 * phases with their periods, what the facilitator saw at each observation (the signals ticked and
 * the note), and each reflection on the five levels of functioning with the agreements made.
 * A group that never reflected on its collaboration says so: that is worth knowing too.
 * Built on shared/logic/group-development-story.ts; every text through the anonymiser.
 */
import type { FileChild } from 'docx'
import { groupDevelopmentStory, type GroupStory } from '../../../../shared/logic/group-development-story'
import { levelName } from '../../../../shared/logic/ipg-labels'
import type { ProjectFile } from '../../../../shared/model'
import { bullet, heading, label, note, paragraph, present } from '../blocks'
import { dutchDate, dutchShortDate } from '../dates'
import { dataTable, detailsTable } from '../tables'
import { sanitize } from '../text'
import type { ReportContext } from './report-common'

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1)

function phasesTable(story: GroupStory): FileChild | null {
  if (story.periods.length === 0) return null
  return dataTable({
    columns: [
      { header: 'Fase', weight: 40 },
      { header: 'Van', weight: 30 },
      { header: 'Tot', weight: 30 },
    ],
    rows: story.periods.map((p) => [p.phaseName, dutchDate(p.from), p.to ? dutchDate(p.to) : 'heden']),
  })
}

function observationsTable(ctx: ReportContext, story: GroupStory): FileChild | null {
  if (story.observations.length === 0) return null
  return dataTable({
    columns: [
      { header: 'Datum', weight: 15 },
      { header: 'Fase', weight: 17 },
      { header: 'Wat opviel', weight: 68 },
    ],
    rows: story.observations.map((o) => {
      const signals = o.signals.length > 0 ? `Signalen: ${o.signals.map((s) => ctx.anon.text(sanitize(s))).join('; ')}.` : ''
      return [dutchShortDate(o.date), o.phaseName, [ctx.anon.text(sanitize(o.note)), signals].filter(Boolean).join('\n')]
    }),
  })
}

function reflectionBlocks(ctx: ReportContext, story: GroupStory): FileChild[] {
  if (story.reflections.length === 0) return [note('Deze groep heeft nog niet gereflecteerd op de eigen samenwerking.')]
  return story.reflections.flatMap((r) =>
    present<FileChild>([
      label(`Reflectie van ${dutchDate(r.date)}`),
      detailsTable(r.levels.map((l) => [capitalised(levelName(l.level)), ctx.anon.text(sanitize(l.text))])),
      r.agreements.length > 0 ? paragraph('Afspraken:') : null,
      ...r.agreements.map((a) => bullet(ctx.anon.text(a))),
    ]),
  )
}

function groupBlocks(ctx: ReportContext, story: GroupStory): FileChild[] {
  return present<FileChild>([
    heading(sanitize(story.name), 2),
    paragraph(
      story.currentPhaseName
        ? `Laatst waargenomen fase: ${story.currentPhaseName.toLocaleLowerCase('nl')} (sinds ${dutchDate(story.currentSince)}).`
        : 'Nog geen fase waargenomen.',
    ),
    phasesTable(story),
    story.observations.length > 0 ? label('Waarnemingen') : null,
    observationsTable(ctx, story),
    ...reflectionBlocks(ctx, story),
  ])
}

export function groupDevelopmentSection(ctx: ReportContext, project: ProjectFile): FileChild[] {
  const story = groupDevelopmentStory(project)
  const groups = story.groups.filter((g) => g.observations.length > 0 || g.reflections.length > 0)
  if (groups.length === 0) return [heading('Groepsontwikkeling', 1), note('Er zijn geen groepsfasen vastgelegd.')]
  return [
    heading('Groepsontwikkeling', 1),
    ...present<FileChild>([
      paragraph(
        'Per groep de fase die de procesbegeleider het laatst waarnam, de fasen door de tijd, wat daarbij opviel en de reflecties op de samenwerking (op de niveaus inhoud, procedure, interactie, bestaan en context) met de afspraken die daaruit kwamen.',
      ),
    ]),
    ...groups.flatMap((g) => groupBlocks(ctx, g)),
  ]
}
