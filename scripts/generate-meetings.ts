/**
 * A large meetings project for benchmarks: the Heerlen example with 150 meetings (a series every
 * 2 weeks plus work-group meetings), about 2,000 agenda items with minutes and decisions, and 1,500
 * actions over its participants and work groups. Deterministic for a given seed.
 *
 *   npx tsx scripts/generate-meetings.ts "/tmp/Veel bijeenkomsten.werkbank.json"
 */
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { buildHeerlenExample } from '../shared/examples/heerlen'
import { seededRandom } from '../shared/examples/seeded-random'
import { addDaysIso } from '../shared/logic/iso-dates'
import { type Action, type AgendaItem, type Meeting, ProjectFile as ProjectFileSchema, type ProjectFile, agendaItemKinds, actionStatuses, serializeProject } from '../shared/model'

const ITEM_TITLES = ['Opening en check-in', 'Mededelingen', 'Terugkoppeling werkgroepen', 'Thema: eenzaamheid signaleren', 'Reflectie op de samenwerking', 'Plan van aanpak bespreken', 'Gastspreker', 'Rondvraag', 'Afsluiting']
const ACTION_VERBS = ['Zaal reserveren', 'Verslag rondsturen', 'Flyer maken', 'Contact leggen met', 'Interview plannen met', 'Uitnodiging sturen aan', 'Cijfers opvragen bij', 'Training voorbereiden voor']
const ACTION_OBJECTS = ['het buurtcentrum', 'de huisartsenpraktijk', 'de vrijwilligers', 'het sociaal buurtteam', 'de klankbordgroep', 'de gemeente', 'de studenten', 'Alcander']

export function generateMeetingsProject(meetingCount = 150, itemCount = 2000, actionCount = 1500, seed = 4): ProjectFile {
  const base = buildHeerlenExample()
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const people = base.participants.map((p) => p.id)
  const groups = base.workGroups.map((g) => g.id)
  const locations = base.locations.map((l) => l.id)
  const meetings: Meeting[] = []
  let date = '2018-09-05'
  let itemsLeft = itemCount
  for (let i = 0; i < meetingCount; i++) {
    const workGroup = i % 3 === 2 ? pick(groups) : null
    const items = Math.round(itemsLeft / (meetingCount - i))
    itemsLeft -= items
    const agenda: AgendaItem[] = Array.from({ length: items }, (_, k) => ({
      id: `gen-ai-${i}-${k}`,
      title: pick(ITEM_TITLES),
      kind: pick(agendaItemKinds),
      durationMinutes: 5 + Math.floor(random() * 40),
      ownerId: random() < 0.7 ? pick(people) : null,
      preparation: '',
      themeIds: [],
      workGroupIds: workGroup ? [workGroup] : [],
      notes: random() < 0.6 ? 'Besproken in de groep; iedereen herkende de signalen uit de eigen praktijk.' : '',
      decisions: random() < 0.2 ? [{ id: `gen-dc-${i}-${k}`, text: 'We gaan dit de komende periode uitproberen.' }] : [],
      actualSeconds: null,
    }))
    meetings.push({
      id: `gen-mt-${i}`,
      kind: workGroup ? 'workGroup' : 'plenary',
      title: workGroup ? 'Werkgroepoverleg' : 'Bijeenkomst leergemeenschap',
      seriesId: null,
      workGroupId: workGroup,
      date,
      startTime: '15:30',
      endTime: '17:30',
      locationId: pick(locations),
      status: random() < 0.05 ? 'cancelled' : 'planned',
      notes: '',
      roles: [],
      agenda,
      attendance: people.map((participantId) => ({ participantId, status: random() < 0.8 ? 'present' : random() < 0.7 ? 'excused' : 'absent' })),
      chairing: null,
    })
    date = addDaysIso(date, 14)
  }
  const actions: Action[] = Array.from({ length: actionCount }, (_, i) => {
    const meeting = pick(meetings)
    const item = meeting.agenda.length > 0 ? pick(meeting.agenda) : null
    return {
      id: `gen-ac-${i}`,
      what: `${pick(ACTION_VERBS)} ${pick(ACTION_OBJECTS)}`,
      ownerId: random() < 0.9 ? pick(people) : null,
      deadline: random() < 0.85 ? addDaysIso(meeting.date, 7 + Math.floor(random() * 60)) : null,
      status: pick(actionStatuses),
      meetingId: meeting.id,
      agendaItemId: item?.id ?? null,
      workGroupId: random() < 0.3 ? pick(groups) : null,
      createdAt: `${meeting.date}T17:30:00+02:00`,
      doneOn: null,
      notes: '',
    }
  })
  return { ...base, meetings, actions }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2] ?? 'Veel bijeenkomsten.werkbank.json'
  const project = ProjectFileSchema.parse(generateMeetingsProject())
  await writeFile(target, serializeProject(project), 'utf8')
  console.log(`geschreven: ${target} (${project.meetings.length} bijeenkomsten, ${project.actions.length} acties)`)
}
