/**
 * Generates large, realistic-looking project files for benchmarks and tests.
 *
 *   import { generateScaledProject } from '../scripts/generate-project'
 *   const big = generateScaledProject(buildHeerlenExample(), 50)   // 50× the participants and stakeholders
 *
 * or from the command line:
 *
 *   npx tsx scripts/generate-project.ts 50 "/tmp/Groot.werkbank.json"
 *
 * Deterministic for a given seed. Names are invented from common Dutch and Limburg first and last
 * names; e-mail addresses use @voorbeeld.nl and phone numbers 06-1234xxxx, so nothing is real.
 */
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { buildHeerlenExample } from '../shared/examples/heerlen'
import { seededRandom } from '../shared/examples/seeded-random'
import {
  type Participant,
  type ParticipantCategory,
  type ProjectFile,
  type StakeholderMember,
  ProjectFile as ProjectFileSchema,
  serializeProject,
} from '../shared/model'

const FIRST_NAMES = [
  'Anouk', 'Bram', 'Chantal', 'Daan', 'Els', 'Frits', 'Gerda', 'Huub', 'Ilse', 'Jos', 'Karin', 'Luc', 'Marieke', 'Noud',
  'Olga', 'Pim', 'Quirine', 'Ruud', 'Sanne', 'Twan', 'Ursula', 'Vera', 'Wiel', 'Yvonne', 'Zeynep', 'Mohamed', 'Fatima',
  'Sjra', 'Trees', 'Lei', 'Mia', 'Jeroen', 'Lotte', 'Stijn', 'Nadia', 'Hicham', 'Priya', 'Kevin', 'Romy', 'Thijs',
]
const LAST_NAMES = [
  'Janssen', 'Smeets', 'Peeters', 'Hermans', 'Houben', 'Vossen', 'Kleijnen', 'Ramakers', 'Dohmen', 'Schreurs', 'Wetzels',
  'Claessens', 'Crombach', 'Frijns', 'Habets', 'Gielen', 'Lemmens', 'Bemelmans', 'Brouwers', 'Kuijpers', 'van den Berg',
  'van den Bosch', 'van der Meulen', 'van den Hoven', 'van der Linden', 'op den Kamp', 'de Jong', 'Akkermans', 'El Idrissi', 'Yilmaz', 'Kaya', 'Nowak', 'Kowalski', 'Jacobs', 'Willems',
]
const ORGANISATIONS = [
  'Heerlen STAND-BY!, sociaal buurtteam Heerlerheide', 'Heerlen STAND-BY!, sociaal buurtteam Heerlen-Noord',
  'Zuyd Hogeschool, Lectoraat Wijkgerichte Zorg', 'Zuyd Hogeschool, opleiding Verpleegkunde', 'Alcander',
  'Gemeente Heerlen', 'Zuyderland Thuiszorg', 'Mondriaan', 'Impuls Parkstad', 'Woonpunt', 'Wonen Limburg',
  'GGD Zuid Limburg', 'Universiteit Maastricht, Vakgroep Huisartsgeneeskunde', 'Buurtcentrum \u2019t Heitje',
  'Vrouwengroep Heerlerheide', 'Eetpunt Heerlerheide', 'Adviesraad MO Heerlen', 'Burgerkracht Limburg',
]
const DISCIPLINES: Record<ParticipantCategory, string[]> = {
  resident: ['buurtbewoner', 'vrijwilliger', 'ervaringsdeskundige', 'mantelzorger', 'sleutelfiguur in de buurt'],
  professional: ['wijkverpleegkundige', 'maatschappelijk werker', 'jeugdconsulent', 'opbouwwerker', 'intaker', 'ouderenadviseur'],
  teacherResearcher: ['docent-onderzoeker', 'onderzoeker', 'lector', 'docent verpleegkunde'],
  student: ['student verpleegkunde', 'student ergotherapie', 'student social work', 'student toegepaste psychologie'],
  policyOfficer: ['beleidsmedewerker sociaal domein', 'beleidsadviseur Wmo', 'projectleider gemeente'],
  manager: ['teamleider', 'manager sociale buurtteams', 'directeur'],
  other: ['huisarts', 'wijkagent', 'schoolmaatschappelijk werker'],
}
const CATEGORY_WEIGHTS: [ParticipantCategory, number][] = [
  ['resident', 30], ['professional', 30], ['teacherResearcher', 8], ['student', 18], ['policyOfficer', 6], ['manager', 5], ['other', 3],
]
const NOTES = [
  'Neemt deel aan werkgroep 2 (Preventie en vroegsignalering).',
  'Kartrekker van een werkgroep; bereidt de plenaire bijeenkomst mee voor.',
  'Brengt ervaringen uit de buurt in en nodigt buren uit voor de bijeenkomsten.',
  'Is beschikbaar op dinsdag en donderdag; liever geen avondbijeenkomsten.',
  'Begeleidt studenten in de wijk en koppelt hun bevindingen terug aan de werkgroep.',
  'Wil graag meedenken over de evaluatie en de terugkoppeling naar de stuurgroep.',
  '',
  '',
]
const STAKEHOLDER_ROLES = ['beleidsadviseur', 'manager', 'lector', 'huisarts', 'lid adviesraad', 'directeur', 'programmaleider']

interface Draw {
  pick<T>(list: readonly T[]): T
  int(min: number, max: number): number
  chance(p: number): boolean
}

function draw(random: () => number): Draw {
  return {
    pick: (list) => list[Math.floor(random() * list.length)]!,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    chance: (p) => random() < p,
  }
}

function weightedCategory(d: Draw): ParticipantCategory {
  const total = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0)
  let roll = d.int(1, total)
  for (const [category, weight] of CATEGORY_WEIGHTS) {
    roll -= weight
    if (roll <= 0) return category
  }
  return 'other'
}

function personName(d: Draw): { name: string; email: string } {
  const first = d.pick(FIRST_NAMES)
  const last = d.pick(LAST_NAMES)
  const name = `${first} ${last}`
  const local = `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '')
  return { name, email: `${local}@voorbeeld.nl` }
}

const isoDate = (start: Date, days: number): string => new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10)

function generateParticipant(d: Draw, index: number, start: Date): Participant {
  const category = weightedCategory(d)
  const { name, email } = personName(d)
  const joined = d.int(0, 300)
  const left = d.chance(0.12) ? isoDate(start, joined + d.int(30, 200)) : null
  return {
    id: `gen-p-${String(index).padStart(5, '0')}`,
    name,
    category,
    discipline: d.pick(DISCIPLINES[category]),
    organisation: category === 'resident' && d.chance(0.5) ? '' : d.pick(ORGANISATIONS),
    email: d.chance(0.8) ? email : '',
    phone: d.chance(0.6) ? `06-1234${String(d.int(0, 9999)).padStart(4, '0')}` : '',
    joinedOn: isoDate(start, joined),
    leftOn: left,
    active: left === null,
    notes: d.pick(NOTES),
  }
}

function generateStakeholder(d: Draw, index: number): StakeholderMember {
  return {
    id: `gen-s-${String(index).padStart(5, '0')}`,
    body: d.chance(0.65) ? 'soundingBoard' : 'steeringGroup',
    name: personName(d).name,
    organisation: d.pick(ORGANISATIONS),
    role: d.pick(STAKEHOLDER_ROLES),
  }
}

export interface GenerateOptions {
  participants: number
  stakeholders: number
  seed?: number
}

/** `base` (community, profile, settings) with generated participants and stakeholders. */
export function generateProject(base: ProjectFile, options: GenerateOptions): ProjectFile {
  const d = draw(seededRandom(options.seed ?? 1))
  const start = new Date(`${base.community.startDate ?? '2018-09-05'}T00:00:00Z`)
  const project: ProjectFile = {
    ...base,
    participants: Array.from({ length: options.participants }, (_, i) => generateParticipant(d, i + 1, start)),
    stakeholders: Array.from({ length: options.stakeholders }, (_, i) => generateStakeholder(d, i + 1)),
  }
  // Generated data must be a valid project; this throws (with the first problem) if it is not.
  return ProjectFileSchema.parse(project)
}

/** `base` with `factor` times as many participants and stakeholders (at least 1 of each per factor). */
export function generateScaledProject(base: ProjectFile, factor: number, seed = 1): ProjectFile {
  return generateProject(base, {
    participants: factor * Math.max(base.participants.length, 1),
    stakeholders: factor * Math.max(base.stakeholders.length, 1),
    seed,
  })
}

async function main(argv: string[]): Promise<void> {
  const [factorArg, out] = argv
  const factor = Number(factorArg)
  if (!Number.isInteger(factor) || factor < 1 || !out) {
    console.error('usage: tsx scripts/generate-project.ts <factor> <out.werkbank.json>')
    process.exitCode = 2
    return
  }
  const project = generateScaledProject(buildHeerlenExample(), factor)
  const text = serializeProject(project)
  await writeFile(out, text)
  console.log(`${out}: ${project.participants.length} deelnemers, ${project.stakeholders.length} stakeholders, ${text.length} tekens`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2))
}
