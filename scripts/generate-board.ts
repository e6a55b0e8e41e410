/**
 * A large theme board for the benchmark: 500 themes and 60 participants who scored them
 * all on the four criteria (about 5% of scores left empty), on top of the Heerlen example.
 * The themes are split 88 / 2 / 10 % over Ingebracht, Gekozen and Geparkeerd (440 / 10 / 50).
 *
 *   npx tsx scripts/generate-board.ts "/tmp/Groot bord.werkbank.json"
 *
 * Deterministic; every text is generated, nothing is real.
 */
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { buildHeerlenExample } from '../shared/examples/heerlen'
import { seededRandom } from '../shared/examples/seeded-random'
import { type ProjectFile, type Theme, type ThemeScore, ProjectFile as ProjectFileSchema, serializeProject } from '../shared/model'
import { generateScaledProject } from './generate-project'

const SUBJECTS = [
  'Eenzaamheid onder ouderen', 'Mantelzorg', 'Vroegsignalering', 'Burgerinitiatieven', 'Schuldhulp', 'Jongerenparticipatie',
  'Digitale vaardigheden', 'Laaggeletterdheid', 'Wijkgericht werken', 'Samenwerking formele en informele zorg', 'Dementie in de wijk',
  'Toegang tot voorzieningen', 'Armoede in gezinnen', 'Vrijwilligerswerk', 'Sociale buurtteams', 'Bewegen en gezondheid',
]
const ANGLES = ['in Heerlerheide', 'bij nieuwkomers', 'voor mantelzorgers', 'rond de school', 'in de avonduren', 'met studenten', 'via de huisarts', 'in het buurtcentrum']

export function generateBoardProject(themeCount = 500, participantCount = 60, seed = 7): ProjectFile {
  const random = seededRandom(seed)
  const base = generateScaledProject(buildHeerlenExample(), Math.ceil(participantCount / 28) + 1)
  const participants = base.participants.filter((p) => p.active).slice(0, participantCount)
  const themes: Theme[] = Array.from({ length: themeCount }, (_, i) => {
    const subject = SUBJECTS[i % SUBJECTS.length]!
    const angle = ANGLES[Math.floor(i / SUBJECTS.length) % ANGLES.length]!
    return {
      id: `bt-${String(i + 1).padStart(3, '0')}`,
      title: `${subject} ${angle} (${i + 1})`,
      description: `Thema ${i + 1}: ${subject.toLowerCase()} ${angle}, ingebracht in de oriënterende gesprekken.`,
      learningQuestions: Array.from({ length: 1 + (i % 3) }, (_, q) => ({
        id: `bt-${i + 1}-q${q + 1}`,
        text: `Hoe pakken we ${subject.toLowerCase()} ${angle} aan? (vraag ${q + 1})`,
      })),
      sources: i % 4 === 0 ? [`observatie overleg ${1 + (i % 28)} oktober 2018`] : [],
    }
  })
  const ids = themes.map((t) => t.id)
  const chosen = Math.round(themeCount * 0.02)
  const parked = Math.round(themeCount * 0.1)
  const candidates = themeCount - chosen - parked
  const scores: ThemeScore[] = []
  const value = () => (random() < 0.05 ? null : 1 + Math.floor(random() * 5))
  for (const participant of participants) {
    for (const themeId of ids) {
      scores.push({ themeId, participantId: participant.id, urgency: value(), feasibility: value(), changeability: value(), affinity: value() })
    }
  }
  const project: ProjectFile = {
    ...base,
    participants,
    stakeholders: base.stakeholders.slice(0, 12),
    interviews: [],
    themes,
    boardColumns: [
      { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ids.slice(0, candidates) },
      { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ids.slice(candidates, candidates + chosen) },
      { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: ids.slice(candidates + chosen) },
    ],
    prioritisation: { ...base.prioritisation, scores, dotVotes: [] },
    workGroups: [],
  }
  return ProjectFileSchema.parse(project)
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const target = process.argv[2] ?? 'Groot themabord.werkbank.json'
  await writeFile(target, serializeProject(generateBoardProject()))
  console.log(`geschreven: ${target}`)
}
