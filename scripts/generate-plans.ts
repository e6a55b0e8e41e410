/**
 * A two-year learning community for the plans-and-evaluation benchmark: the Heerlen example with
 * its three work groups, each with a plan of 40 actions and 12 action-research cycles, and 200
 * evaluation quotes. Deterministic (seeded), realistic Dutch text.
 *   npx tsx scripts/generate-plans.ts [out.werkbank.json]
 */
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { buildHeerlenExample } from '../shared/examples/heerlen'
import { seededRandom } from '../shared/examples/seeded-random'
import { type Action, type ProjectFile, ProjectFile as ProjectFileSchema, quoteCategories, serializeProject } from '../shared/model'

const VERBS = ['Organiseren', 'Uitwerken', 'Bespreken', 'Evalueren', 'Voorbereiden', 'Afstemmen', 'Uitproberen', 'Vastleggen']
const SUBJECTS = [
  'bijeenkomst met vrijwilligers van de buurtinitiatieven',
  'overleg met de wijkverpleegkundigen over vroegsignalering',
  'interviews met initiatiefnemers in Heerlerheide',
  'checklist voor de overgang van 18-min naar 18-plus',
  'reflectiemoment in het sociaal buurtteam',
  'training eenzaamheid voor sleutelfiguren',
  'terugkoppeling aan de klankbordgroep',
  'werkwijze voor het casuïstiekoverleg',
]
const QUOTE_PARTS = [
  'Ik heb veel geleerd van de andere deelnemers',
  'De structuur van de bijeenkomsten hielp ons vooruit',
  'Het was fijn om samen met bewoners na te denken',
  'De procesbegeleiding hield het proces gaande',
  'Ik voelde me thuis in de werkgroep',
  'We hebben echt concrete stappen gezet',
  'Door de studenten kregen we nieuwe ideeën',
  'Er was altijd ruimte voor ieders mening',
]
const STATUSES: Action['status'][] = ['open', 'inProgress', 'done', 'done', 'cancelled']

export interface PlanBenchShape {
  actionsPerGroup: number
  cyclesPerGroup: number
  quotes: number
}

export function generatePlanCommunity(shape: PlanBenchShape = { actionsPerGroup: 40, cyclesPerGroup: 12, quotes: 200 }, seed = 7): ProjectFile {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const base = buildHeerlenExample()
  const day = (offset: number) => new Date(Date.UTC(2018, 9, 3) + offset * 86_400_000).toISOString().slice(0, 10)
  const actions: Action[] = []
  const plans = base.workGroups.map((group, g) => {
    const plan = base.plans.find((p) => p.workGroupId === group.id) ?? base.plans[0]!
    for (let i = 0; i < shape.actionsPerGroup; i++) {
      const status = pick(STATUSES)
      actions.push({
        id: `gen-a-${g}-${i}`,
        what: `${pick(VERBS)}: ${pick(SUBJECTS)} (${i + 1})`,
        ownerId: pick(group.memberIds),
        deadline: day(Math.floor(random() * 700)),
        status,
        meetingId: null,
        agendaItemId: null,
        workGroupId: group.id,
        createdAt: '2018-10-03T21:00:00+02:00',
        doneOn: status === 'done' ? day(Math.floor(random() * 700)) : null,
        notes: '',
      })
    }
    const cycles = Array.from({ length: shape.cyclesPerGroup }, (_, c) => {
      const start = c * 55
      const step = (offset: number, text: string) => ({ text, date: day(start + offset) })
      return {
        id: `gen-c-${g}-${c}`,
        title: `Cyclus ${c + 1}: ${pick(SUBJECTS)}`,
        try: step(0, `We proberen uit: ${pick(SUBJECTS)}. ${pick(QUOTE_PARTS)}.`),
        saw: step(14, `We zagen dat ${pick(QUOTE_PARTS).toLowerCase()}, maar ook dat niet iedereen op tijd kon aansluiten.`),
        learnt: step(28, `We leerden dat een vaste contactpersoon en een duidelijke agenda het verschil maken.`),
        implement: step(42, `We voeren in: ${pick(SUBJECTS)} als vaste werkwijze.`),
      }
    })
    return { ...plan, cycles }
  })
  const quotes = Array.from({ length: shape.quotes }, (_, i) => ({
    id: `gen-q-${i}`,
    text: `${pick(QUOTE_PARTS)}, en ${pick(QUOTE_PARTS).toLowerCase()}.`,
    participantId: random() < 0.3 ? null : pick(base.participants).id,
    category: pick(quoteCategories),
  }))
  const project: ProjectFile = {
    ...base,
    community: { ...base.community, endDate: '2020-09-30' },
    actions: [...base.actions, ...actions],
    plans,
    evaluation: { ...base.evaluation, quotes },
  }
  return ProjectFileSchema.parse(project)
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const target = process.argv[2] ?? 'Twee jaar leergemeenschap.werkbank.json'
  await writeFile(target, serializeProject(generatePlanCommunity()))
  console.log(`geschreven: ${target}`)
}
