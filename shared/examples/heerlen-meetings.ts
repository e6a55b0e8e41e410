/**
 * The meetings of the Heerlen example. From the seeds: an informative kick-off with speed dates
 * in buurtcentrum ’t Heitje on 5 September 2018, the first official meeting there on 3 October,
 * then the whole community every 5 weeks until December 2019 "op uiteenlopende locaties (o.a.
 * buurtcentra, wijkgebouwen, basisschool, inlooplocaties)" in Heerlerheide, work groups acting in
 * between, guest speakers now and then, and a closing evaluation meeting. Names of locations other
 * than ’t Heitje, all agendas, minutes and actions are invented for the example.
 * Fields are written in schema order, so the built project equals its parsed form.
 */
import type {
  Action,
  AgendaItem,
  AgendaItemKind,
  Attendance,
  HolidayPeriod,
  Location,
  Meeting,
  MeetingSeries,
  RoleAssignment,
  RoleWillingness,
} from '../model'
import { type MeetingWork, meetingWork } from './helpers'

const LOCATIONS: Location[] = [
  {
    id: 'loc-heitje',
    name: 'Buurtcentrum ’t Heitje',
    address: 'Heerlerheide, Heerlen',
    notes: 'Grote zaal op de begane grond, beamer aanwezig. Sleutel via de beheerder; koffie en vlaai via het buurtcentrum.',
  },
  {
    id: 'loc-wijkgebouw',
    name: 'Wijkgebouw Heerlerheide',
    address: 'Heerlerheide, Heerlen',
    notes: 'Zaal op de eerste verdieping, lift aanwezig. Parkeren achter het gebouw.',
  },
  {
    id: 'loc-school',
    name: 'Basisschool in Heerlerheide (aula)',
    address: 'Heerlerheide, Heerlen',
    notes: 'Pas na 15:30 beschikbaar (na schooltijd). Kleine stoelen in de klassen: vraag om de aula.',
  },
  {
    id: 'loc-inloop',
    name: 'Inlooplocatie Passart',
    address: 'Passart, Heerlen',
    notes: 'Gezellige huiskamer; maximaal 20 personen. Bewoners lopen binnen, dat is de bedoeling.',
  },
  {
    id: 'loc-sbt',
    name: 'Kantoor sociaal buurtteam Heerlerheide',
    address: 'Heerlerheide, Heerlen',
    notes: 'Voor werkgroepoverleggen; vergaderruimte voor 8 personen.',
  },
]

const SERIES: MeetingSeries[] = [
  {
    id: 'ser-plenair',
    title: 'Bijeenkomst leergemeenschap',
    kind: 'plenary',
    workGroupId: null,
    intervalWeeks: 5,
    startDate: '2018-10-03',
    startTime: '15:30',
    endTime: '17:30',
    locationId: 'loc-heitje',
    count: null,
    untilDate: '2019-11-27',
  },
]

/** School holidays (regio zuid) the facilitator marked; two planned dates fall in the summer holiday. */
const HOLIDAYS: HolidayPeriod[] = [
  { id: 'hol-kerst-2018', name: 'Kerstvakantie', startDate: '2018-12-22', endDate: '2019-01-06' },
  { id: 'hol-carnaval-2019', name: 'Carnavalsvakantie', startDate: '2019-03-02', endDate: '2019-03-10' },
  { id: 'hol-mei-2019', name: 'Meivakantie', startDate: '2019-04-27', endDate: '2019-05-05' },
  { id: 'hol-zomer-2019', name: 'Zomervakantie regio zuid', startDate: '2019-07-06', endDate: '2019-08-18' },
  { id: 'hol-herfst-2019', name: 'Herfstvakantie', startDate: '2019-10-12', endDate: '2019-10-20' },
]

const WILLINGNESS: RoleWillingness[] = [
  { participantId: 'p-01', roles: ['chair', 'timekeeper'] },
  { participantId: 'p-04', roles: ['chair', 'host'] },
  { participantId: 'p-13', roles: ['chair', 'timekeeper'] },
  { participantId: 'p-11', roles: ['chair', 'minutes'] },
  { participantId: 'p-03', roles: ['minutes'] },
  { participantId: 'p-21', roles: ['minutes'] },
  { participantId: 'p-24', roles: ['minutes', 'timekeeper'] },
  { participantId: 'p-15', roles: ['timekeeper', 'host'] },
  { participantId: 'p-05', roles: ['timekeeper', 'host'] },
  { participantId: 'p-10', roles: ['timekeeper'] },
]

// Who took part when (joinedOn/leftOn as in heerlen.ts): used for a realistic attendance pattern.
const MEMBERS: Array<[id: string, joined: string, left: string | null]> = [
  ['p-01', '2018-09-05', null], ['p-02', '2018-10-03', null], ['p-03', '2018-10-03', null],
  ['p-04', '2018-09-05', null], ['p-05', '2018-09-05', null], ['p-06', '2018-09-05', null],
  ['p-07', '2018-09-05', null], ['p-08', '2018-11-07', '2019-05-15'], ['p-09', '2018-12-12', null],
  ['p-10', '2018-09-05', null], ['p-11', '2018-09-05', null], ['p-12', '2018-09-05', '2019-03-01'],
  ['p-13', '2018-09-05', null], ['p-14', '2018-09-05', null], ['p-15', '2018-09-05', null],
  ['p-16', '2018-09-05', null], ['p-17', '2018-11-07', null], ['p-18', '2018-12-12', null],
  ['p-19', '2018-11-07', '2019-01-31'], ['p-20', '2018-11-07', '2019-01-31'], ['p-21', '2018-10-03', null],
  ['p-22', '2018-11-07', null], ['p-23', '2018-12-12', null], ['p-24', '2018-12-12', null],
  ['p-25', '2018-09-05', null], ['p-26', '2018-12-12', null], ['p-27', '2018-10-03', null],
  ['p-28', '2018-10-03', null],
]

/** A fixed, varied pattern: mostly present, now and then away with notice, rarely without. */
function attendanceAt(date: string, index: number, only?: readonly string[]): Attendance[] {
  return MEMBERS.filter(([id, joined, left]) => joined <= date && (left === null || left > date) && (!only || only.includes(id))).map(
    ([id], k): Attendance => {
      const n = (Number(id.slice(2)) * 7 + index * 11 + k) % 17
      return { participantId: id, status: n === 0 || n === 9 ? 'excused' : n === 5 && index % 2 === 1 ? 'absent' : n === 13 ? 'excused' : 'present' }
    },
  )
}

const roles = (chair: string, minutes: string, timekeeper: string, ...more: RoleAssignment[]): RoleAssignment[] => [
  { role: 'chair', participantId: chair },
  { role: 'minutes', participantId: minutes },
  { role: 'timekeeper', participantId: timekeeper },
  ...more,
]

function item(
  id: string,
  title: string,
  kind: AgendaItemKind,
  durationMinutes: number,
  fields: Partial<Pick<AgendaItem, 'ownerId' | 'preparation' | 'themeIds' | 'workGroupIds' | 'notes' | 'decisions'>> = {},
): AgendaItem {
  return {
    id,
    title,
    kind,
    durationMinutes,
    ownerId: fields.ownerId ?? null,
    preparation: fields.preparation ?? '',
    themeIds: fields.themeIds ?? [],
    workGroupIds: fields.workGroupIds ?? [],
    notes: fields.notes ?? '',
    decisions: fields.decisions ?? [],
    actualSeconds: null,
  }
}

function meeting(fields: Pick<Meeting, 'id' | 'date'> & Partial<Meeting>): Meeting {
  // Whoever holds a role was there: the generated attendance must not mark the chair as absent.
  const roleHolders = new Set((fields.roles ?? []).map((r) => r.participantId))
  const attendance = (fields.attendance ?? []).map((a) => (roleHolders.has(a.participantId) ? { ...a, status: 'present' as const } : a))
  return {
    id: fields.id,
    kind: fields.kind ?? 'plenary',
    title: fields.title ?? 'Bijeenkomst leergemeenschap',
    seriesId: fields.seriesId === undefined ? 'ser-plenair' : fields.seriesId,
    workGroupId: fields.workGroupId ?? null,
    date: fields.date,
    startTime: fields.startTime ?? '15:30',
    endTime: fields.endTime ?? '17:30',
    locationId: fields.locationId ?? null,
    status: fields.status ?? 'planned',
    notes: fields.notes ?? '',
    roles: fields.roles ?? [],
    agenda: fields.agenda ?? [],
    attendance,
    chairing: fields.chairing ?? null,
  }
}

function action(
  id: string,
  what: string,
  ownerId: string | null,
  deadline: string | null,
  status: Action['status'],
  from: { meetingId?: string; agendaItemId?: string; workGroupId?: string; createdAt: string; doneOn?: string },
): Action {
  return {
    id,
    what,
    ownerId,
    deadline,
    status,
    meetingId: from.meetingId ?? null,
    agendaItemId: from.agendaItemId ?? null,
    workGroupId: from.workGroupId ?? null,
    createdAt: from.createdAt,
    doneOn: from.doneOn ?? null,
    notes: '',
  }
}

const WG1 = 'wg-01'
const WG2 = 'wg-02'
const WG3 = 'wg-03'

function buildMeetings(): Meeting[] {
  return [
    meeting({
      id: 'mt-2018-09-05', date: '2018-09-05', kind: 'single', seriesId: null, title: 'Informatieve aftrap',
      startTime: '15:00', endTime: '17:30', locationId: 'loc-heitje',
      roles: [{ role: 'chair', participantId: 'p-01' }, { role: 'host', participantId: 'p-05' }],
      agenda: [
        item('ai-0905-1', 'Welkom en waarom een leergemeenschap', 'inform', 20, { ownerId: 'p-01', notes: 'Maud vertelt over de leergemeenschappen in Maastricht en Roermond en wat Heerlen STAND-BY! ervan verwacht.' }),
        item('ai-0905-2', 'Speeddates: wie ben jij, wat zie jij in de wijk?', 'workForm', 60, { ownerId: 'p-01', preparation: 'Kaartjes met drie vragen; bel voor elke wissel.', notes: 'Zes rondes van zeven minuten. Veel herkenning tussen bewoners en beroepskrachten.' }),
        item('ai-0905-3', 'Vragen en afspraken', 'discuss', 30, { ownerId: 'p-01', notes: 'Vragen over tijdsinvestering en een vergoeding voor bewoners.', decisions: [{ id: 'dc-0905-1', text: 'We komen elke vijf weken bij elkaar, steeds op een andere plek in Heerlerheide.' }, { id: 'dc-0905-2', text: 'Bewoners krijgen een onkostenvergoeding.' }] }),
      ],
      attendance: attendanceAt('2018-09-05', 0),
    }),
    meeting({
      id: 'mt-2018-10-03', date: '2018-10-03', locationId: 'loc-heitje', title: 'Eerste bijeenkomst: de 23 thema’s',
      roles: roles('p-01', 'p-03', 'p-15', { role: 'host', participantId: 'p-05' }),
      agenda: [
        item('ai-1003-1', 'Opening en check-in', 'inform', 10, { ownerId: 'p-01' }),
        item('ai-1003-2', 'Uitkomsten van de 22 oriënterende gesprekken', 'inform', 25, { ownerId: 'p-01', preparation: 'Overzicht van de 23 thema’s vooraf rondgestuurd.', notes: 'Maud licht de 23 thema’s toe met de leervragen erbij.' }),
        item('ai-1003-3', 'Thema’s aanvullen en anders formuleren', 'workForm', 45, { ownerId: 'p-01', notes: 'In drie groepjes aan de statafels. Twee thema’s samengevoegd, één nieuw thema over mantelzorg.' }),
        item('ai-1003-4', 'Hoe kiezen we? Criteria afspreken', 'decide', 25, { ownerId: 'p-01', notes: 'Discussie of affiniteit wel een criterium moet zijn; bewoners vinden van wel.', decisions: [{ id: 'dc-1003-1', text: 'We prioriteren op urgentie, haalbaarheid, veranderbaarheid en affiniteit.' }] }),
        item('ai-1003-5', 'Rondvraag en afsluiting', 'inform', 10, { ownerId: 'p-01' }),
      ],
      attendance: attendanceAt('2018-10-03', 1),
    }),
    meeting({
      id: 'mt-2018-11-07', date: '2018-11-07', locationId: 'loc-wijkgebouw', title: 'Prioriteren',
      roles: roles('p-01', 'p-21', 'p-13'),
      agenda: [
        item('ai-1107-1', 'Opening en check-in', 'inform', 10, { ownerId: 'p-01' }),
        item('ai-1107-2', 'Scoren van de thema’s op vier criteria', 'workForm', 50, { ownerId: 'p-01', preparation: 'Scoreformulieren printen (28 stuks).', notes: 'Iedereen scoorde op papier; Maud voert de scores in Werkbank in.' }),
        item('ai-1107-3', 'Uitslag bespreken en top drie kiezen', 'decide', 40, { ownerId: 'p-01', themeIds: ['t-01', 't-02', 't-03'], notes: 'De uitslag was duidelijk; over de derde plek is even gediscussieerd.', decisions: [{ id: 'dc-1107-1', text: 'We kiezen drie thema’s: burgerinitiatieven, functioneren van de SBT’s, en preventie en vroegsignalering.' }] }),
        item('ai-1107-4', 'Reflectie: hoe ging het kiezen?', 'reflect', 15, { ownerId: 'p-01' }),
      ],
      attendance: attendanceAt('2018-11-07', 2),
    }),
    meeting({
      id: 'mt-2018-12-12', date: '2018-12-12', locationId: 'loc-school', title: 'Werkgroepen van start',
      roles: roles('p-01', 'p-03', 'p-05'),
      agenda: [
        item('ai-1212-1', 'Opening en check-in', 'inform', 10, { ownerId: 'p-01' }),
        item('ai-1212-2', 'Indeling in werkgroepen op affiniteit', 'workForm', 35, { ownerId: 'p-01', workGroupIds: [WG1, WG2, WG3], notes: 'Iedereen koos een werkgroep; niemand bleef over.' }),
        item('ai-1212-3', 'Kartrekkers kiezen', 'decide', 20, { ownerId: 'p-01', decisions: [{ id: 'dc-1212-1', text: 'Kartrekkers: Annie Kleijnen (burgerinitiatieven), Roy Crombach (preventie), Mohamed El Amrani (SBT’s).' }] }),
        item('ai-1212-4', 'Eerste werkgroepoverleg', 'workForm', 40, { notes: 'Elke werkgroep maakte een eerste lijst met vragen voor het plan van aanpak.' }),
        item('ai-1212-5', 'Rondvraag en afsluiting', 'inform', 10, { ownerId: 'p-01' }),
      ],
      attendance: attendanceAt('2018-12-12', 3),
    }),
    meeting({
      id: 'mt-2019-01-16', date: '2019-01-16', locationId: 'loc-inloop', title: 'Plannen van aanpak',
      roles: roles('p-04', 'p-21', 'p-15', { role: 'host', participantId: 'p-05' }),
      agenda: [
        item('ai-0116-1', 'Opening en check-in', 'inform', 10, { ownerId: 'p-04' }),
        item('ai-0116-2', 'Mededelingen', 'inform', 10, { ownerId: 'p-01', notes: 'Klankbordgroep komt in maart bij elkaar.' }),
        item('ai-0116-3', 'Terugkoppeling werkgroepen: concept-plannen van aanpak', 'discuss', 50, { workGroupIds: [WG1, WG2, WG3], notes: 'Drie concepten gepresenteerd. Preventie wil splitsen in 18-min en 18-plus.', decisions: [{ id: 'dc-0116-1', text: 'De werkgroep preventie splitst in 18-min en 18-plus met eenzaamheid als focus.' }] }),
        item('ai-0116-4', 'Actieonderzoek: hoe werkt een cyclus?', 'inform', 25, { ownerId: 'p-03' }),
        item('ai-0116-5', 'Rondvraag en afsluiting', 'inform', 10, { ownerId: 'p-04' }),
      ],
      attendance: attendanceAt('2019-01-16', 4),
    }),
    meeting({
      id: 'mt-2019-02-20', date: '2019-02-20', locationId: 'loc-wijkgebouw', title: 'Gastspreker positieve gezondheid',
      roles: roles('p-13', 'p-24', 'p-10', { role: 'guestSpeaker', participantId: 'p-26' }),
      agenda: [
        item('ai-0220-1', 'Opening en check-in', 'inform', 10, { ownerId: 'p-13' }),
        item('ai-0220-2', 'Positieve gezondheid in de wijk', 'inform', 40, { ownerId: 'p-26', preparation: 'Femke neemt het spinnenweb mee.', notes: 'Femke liet zien hoe het spinnenweb in keukentafelgesprekken gebruikt wordt.' }),
        item('ai-0220-3', 'Wat betekent dit voor onze werkgroepen?', 'discuss', 35, { workGroupIds: [WG2, WG3], notes: 'SBT’s willen het spinnenweb proberen bij nieuwe meldingen.' }),
        item('ai-0220-4', 'Reflectie op de samenwerking tot nu toe', 'reflect', 20, { ownerId: 'p-01', notes: 'Bewoners voelen zich gehoord; beroepskrachten missen soms tijd.' }),
        item('ai-0220-5', 'Rondvraag en afsluiting', 'inform', 10, { ownerId: 'p-13' }),
      ],
      attendance: attendanceAt('2019-02-20', 5),
    }),
    meeting({
      id: 'mt-2019-03-27', date: '2019-03-27', locationId: 'loc-heitje', title: 'Eenzaamheid: signalen herkennen',
      roles: roles('p-11', 'p-03', 'p-24'),
      agenda: [
        item('ai-0327-1', 'Opening en check-in', 'inform', 10, { ownerId: 'p-11' }),
        item('ai-0327-2', 'Terugkoppeling werkgroepen', 'discuss', 40, { workGroupIds: [WG1, WG2, WG3], notes: 'Studenten interviewden 30 initiatieven; de sociale kaart is in de maak.' }),
        item('ai-0327-3', 'Werkvorm: signalen van eenzaamheid', 'workForm', 45, { ownerId: 'p-13', themeIds: ['t-03'], notes: 'Casussen uit de praktijk besproken in drietallen.', decisions: [{ id: 'dc-0327-1', text: 'De werkgroep preventie ontwikkelt een training voor vrijwilligers en sleutelfiguren.' }] }),
        item('ai-0327-4', 'Rondvraag en afsluiting', 'inform', 10, { ownerId: 'p-11' }),
      ],
      attendance: attendanceAt('2019-03-27', 6),
    }),
    meeting({ id: 'mt-2019-05-01', date: '2019-05-01', locationId: 'loc-school', roles: roles('p-04', 'p-21', 'p-13'), attendance: attendanceAt('2019-05-01', 7),
      notes: 'Valt in de meivakantie; bewust zo gelaten, bewoners konden wel.' }),
    meeting({ id: 'mt-2019-06-05', date: '2019-06-05', locationId: 'loc-inloop', roles: roles('p-13', 'p-24', 'p-05'), attendance: attendanceAt('2019-06-05', 8) }),
    meeting({ id: 'mt-2019-07-10', date: '2019-07-10', locationId: 'loc-wijkgebouw', roles: roles('p-11', 'p-03', 'p-10'), attendance: attendanceAt('2019-07-10', 9) }),
    meeting({ id: 'mt-2019-08-14', date: '2019-08-14', locationId: 'loc-heitje', status: 'cancelled', notes: 'Afgelast: zomervakantie, te veel afmeldingen.' }),
    meeting({ id: 'mt-2019-09-18', date: '2019-09-18', locationId: 'loc-heitje', roles: roles('p-04', 'p-21', 'p-15'), attendance: attendanceAt('2019-09-18', 10) }),
    meeting({ id: 'mt-2019-10-23', date: '2019-10-23', locationId: 'loc-school', roles: roles('p-13', 'p-03', 'p-24'), attendance: attendanceAt('2019-10-23', 11) }),
    meeting({ id: 'mt-2019-11-27', date: '2019-11-27', locationId: 'loc-wijkgebouw', roles: roles('p-11', 'p-21', 'p-05'), attendance: attendanceAt('2019-11-27', 12) }),
    meeting({
      id: 'mt-2019-12-11', date: '2019-12-11', kind: 'single', seriesId: null, title: 'Afrondende evaluatiebijeenkomst',
      startTime: '15:00', endTime: '18:00', locationId: 'loc-heitje',
      roles: roles('p-01', 'p-03', 'p-15', { role: 'host', participantId: 'p-05' }),
      agenda: [
        item('ai-1211-1', 'Opening', 'inform', 10, { ownerId: 'p-01' }),
        item('ai-1211-2', 'Wat heeft het ons gebracht? Ieder aan het woord', 'reflect', 75, { ownerId: 'p-01', notes: 'Quotes verzameld in drie categorieën.' }),
        item('ai-1211-3', 'Resultaten per werkgroep', 'inform', 45, { workGroupIds: [WG1, WG2, WG3] }),
        item('ai-1211-4', 'Borging: hoe blijft de groep bij elkaar?', 'discuss', 40, { ownerId: 'p-01', decisions: [{ id: 'dc-1211-1', text: 'De kartrekkers nemen borging op met de klankbordgroep in januari.' }] }),
        item('ai-1211-5', 'Afsluiting met vlaai', 'inform', 10, { ownerId: 'p-05' }),
      ],
      attendance: attendanceAt('2019-12-11', 13),
    }),
    // Work-group meetings in between.
    meeting({
      id: 'mt-wg2-2019-01-30', date: '2019-01-30', kind: 'workGroup', seriesId: null, workGroupId: WG2, title: 'Werkgroep preventie en vroegsignalering',
      startTime: '13:00', endTime: '14:30', locationId: 'loc-sbt', roles: [{ role: 'chair', participantId: 'p-13' }, { role: 'minutes', participantId: 'p-21' }],
      agenda: [item('ai-wg2-1', 'Plan van aanpak: doelstelling scherpstellen', 'decide', 45, { ownerId: 'p-13', decisions: [{ id: 'dc-wg2-1', text: 'Focus op eenzaamheid bij 75-plussers.' }] }), item('ai-wg2-2', 'Wie doet wat tot de volgende bijeenkomst?', 'discuss', 30, { ownerId: 'p-13' })],
      attendance: attendanceAt('2019-01-30', 14, ['p-13', 'p-06', 'p-10', 'p-17', 'p-21', 'p-26', 'p-03']),
    }),
    meeting({
      id: 'mt-wg1-2019-02-06', date: '2019-02-06', kind: 'workGroup', seriesId: null, workGroupId: WG1, title: 'Werkgroep burgerinitiatieven',
      startTime: '19:30', endTime: '21:00', locationId: 'loc-inloop', roles: [{ role: 'chair', participantId: 'p-04' }, { role: 'minutes', participantId: 'p-24' }],
      agenda: [item('ai-wg1-1', 'Interviews met initiatieven verdelen', 'discuss', 45, { ownerId: 'p-02', notes: 'Studenten nemen elk vijf initiatieven.' })],
      attendance: attendanceAt('2019-02-06', 15, ['p-04', 'p-05', 'p-02', 'p-15', 'p-18', 'p-22', 'p-24', 'p-28']),
    }),
  ]
}

function buildActions(): Action[] {
  return [
    action('ac-01', 'Overzicht van de 23 thema’s met leervragen rondsturen', 'p-01', '2018-10-10', 'done', { meetingId: 'mt-2018-10-03', agendaItemId: 'ai-1003-2', createdAt: '2018-10-03T17:20:00+02:00', doneOn: '2018-10-08' }),
    action('ac-02', 'Scoreformulieren voor het prioriteren maken', 'p-01', '2018-10-31', 'done', { meetingId: 'mt-2018-10-03', agendaItemId: 'ai-1003-4', createdAt: '2018-10-03T17:25:00+02:00', doneOn: '2018-10-29' }),
    action('ac-03', 'Verslag eerste bijeenkomst rondsturen', 'p-03', '2018-10-12', 'done', { meetingId: 'mt-2018-10-03', createdAt: '2018-10-03T17:30:00+02:00', doneOn: '2018-10-11' }),
    action('ac-04', 'Zaal basisschool reserveren voor 12 december', 'p-05', '2018-11-21', 'done', { meetingId: 'mt-2018-11-07', createdAt: '2018-11-07T17:15:00+01:00', doneOn: '2018-11-19' }),
    action('ac-05', 'Eerste versie plan van aanpak burgerinitiatieven', 'p-04', '2019-01-09', 'done', { meetingId: 'mt-2018-12-12', agendaItemId: 'ai-1212-4', workGroupId: WG1, createdAt: '2018-12-12T17:20:00+01:00', doneOn: '2019-01-08' }),
    action('ac-06', 'Eerste versie plan van aanpak preventie', 'p-13', '2019-01-09', 'done', { meetingId: 'mt-2018-12-12', agendaItemId: 'ai-1212-4', workGroupId: WG2, createdAt: '2018-12-12T17:21:00+01:00', doneOn: '2019-01-14' }),
    action('ac-07', 'Eerste versie plan van aanpak SBT’s', 'p-11', '2019-01-09', 'done', { meetingId: 'mt-2018-12-12', agendaItemId: 'ai-1212-4', workGroupId: WG3, createdAt: '2018-12-12T17:22:00+01:00', doneOn: '2019-01-09' }),
    action('ac-08', 'Dertig burgerinitiatieven interviewen (studenten)', 'p-02', '2019-03-20', 'done', { meetingId: 'mt-wg1-2019-02-06', agendaItemId: 'ai-wg1-1', workGroupId: WG1, createdAt: '2019-02-06T21:00:00+01:00', doneOn: '2019-03-18' }),
    action('ac-09', 'Spinnenweb positieve gezondheid uitproberen bij vijf nieuwe meldingen', 'p-16', '2019-04-15', 'done', { meetingId: 'mt-2019-02-20', agendaItemId: 'ai-0220-3', workGroupId: WG3, createdAt: '2019-02-20T17:10:00+01:00', doneOn: '2019-04-10' }),
    action('ac-10', 'Training eenzaamheid voor vrijwilligers uitwerken met Alcander', 'p-13', '2019-05-29', 'done', { meetingId: 'mt-2019-03-27', agendaItemId: 'ai-0327-3', workGroupId: WG2, createdAt: '2019-03-27T17:15:00+01:00', doneOn: '2019-06-03' }),
    action('ac-11', 'Sociale kaart van burgerinitiatieven afmaken', 'p-24', '2019-06-01', 'inProgress', { meetingId: 'mt-2019-03-27', agendaItemId: 'ai-0327-2', workGroupId: WG1, createdAt: '2019-03-27T17:20:00+01:00' }),
    action('ac-12', 'Vrijwilligersbijeenkomst voor initiatieven uit drie buurten organiseren', 'p-15', '2019-10-01', 'open', { workGroupId: WG1, createdAt: '2019-06-05T17:30:00+02:00' }),
    action('ac-13', 'Werkwijze spinnenweb vastleggen voor alle SBT’s', 'p-27', '2019-11-30', 'open', { workGroupId: WG3, createdAt: '2019-09-18T17:30:00+02:00' }),
    action('ac-14', 'Quotes van de evaluatie uitwerken voor het artikel', 'p-01', '2020-01-15', 'open', { meetingId: 'mt-2019-12-11', agendaItemId: 'ai-1211-2', createdAt: '2019-12-11T18:00:00+01:00' }),
    action('ac-15', 'Borging bespreken met de klankbordgroep', 'p-04', '2020-01-31', 'open', { meetingId: 'mt-2019-12-11', agendaItemId: 'ai-1211-4', createdAt: '2019-12-11T18:05:00+01:00' }),
    action('ac-16', 'Huisbezoeken 75-plussers plannen met tien getrainde vrijwilligers', null, null, 'open', { workGroupId: WG2, createdAt: '2019-10-23T17:30:00+02:00' }),
  ]
}

export function buildHeerlenMeetingWork(): MeetingWork {
  return meetingWork({
    locations: LOCATIONS.map((l) => ({ ...l })),
    meetingSeries: SERIES.map((s) => ({ ...s })),
    meetings: buildMeetings(),
    actions: buildActions(),
    holidayPeriods: HOLIDAYS.map((h) => ({ ...h })),
    roleWillingness: WILLINGNESS.map((w) => ({ ...w, roles: [...w.roles] })),
  })
}
