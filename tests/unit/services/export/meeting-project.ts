/** A small project with one chaired meeting, for the export tests; `nasty` fills fields with what users paste. */
import { ProjectFile } from '../../../../shared/model'

export const NASTY = {
  control: 'Be\u0000sl\u0007uit\u000B met\u001F stuur\u000Ctekens\uFFFE en een losse \uD800helft',
  emoji: 'Koffie ☕ en taart 🎂 bij de buurvrouw 👩🏽‍🍳',
  longWord: `https://example.nl/${'a'.repeat(300)}`,
  multiLine: 'Eerste regel\r\nTweede regel\nDerde regel',
}

export function meetingProject(nasty = false): ProjectFile {
  return ProjectFile.parse({
    format: 'werkbank',
    schemaVersion: 1,
    createdAt: '2018-08-20T10:00:00+02:00',
    community: { id: 'c1', name: 'Leergemeenschap Heerlen STAND-BY!' },
    profile: {},
    participants: [
      { id: 'p1', name: 'Anja Smeets', category: 'professional' },
      { id: 'p2', name: 'Jeroen Hendriks', category: 'resident' },
      { id: 'p3', name: 'Fatima el Amrani', category: 'professional' },
      { id: 'p4', name: 'Loes Vermeulen', category: 'student' },
    ],
    locations: [{ id: 'l1', name: 'Buurthuis De Kissel', address: 'Kisselstraat 12\n6413 AB Heerlen' }],
    meetings: [
      {
        id: 'm1',
        kind: 'plenary',
        title: 'Plenaire bijeenkomst september',
        date: '2018-09-05',
        startTime: '19:30',
        endTime: '21:30',
        locationId: 'l1',
        roles: [
          { role: 'chair', participantId: 'p1' },
          { role: 'minutes', participantId: 'p2' },
          { role: 'timekeeper', participantId: 'p3' },
        ],
        attendance: [
          { participantId: 'p1', status: 'present' },
          { participantId: 'p2', status: 'present' },
          { participantId: 'p3', status: 'excused' },
          { participantId: 'p4', status: 'absent' },
        ],
        agenda: [
          { id: 'a1', title: 'Opening en check-in', kind: 'inform', durationMinutes: 15, ownerId: 'p1', actualSeconds: 17 * 60 },
          {
            id: 'a2',
            title: nasty ? NASTY.emoji : 'Terugkoppeling werkgroepen',
            kind: 'discuss',
            durationMinutes: 30,
            ownerId: 'p2',
            preparation: nasty ? NASTY.multiLine : 'Lees het plan van aanpak van werkgroep Preventie.',
            notes: nasty ? NASTY.longWord : 'De werkgroep Preventie heeft drie buurtteams gesproken.',
            decisions: [{ id: 'd1', text: nasty ? NASTY.control : 'Werkgroep Preventie start in oktober met de pilot.' }],
            actualSeconds: 28 * 60,
          },
          { id: 'a3', title: 'Rondvraag', kind: 'inform', durationMinutes: 0, ownerId: null, notes: '' },
        ],
      },
    ],
    actions: [
      { id: 'x1', what: 'Uitnodiging buurtteams versturen', ownerId: 'p3', deadline: '2018-09-19', status: 'open', meetingId: 'm1', agendaItemId: 'a2' },
      { id: 'x2', what: nasty ? NASTY.control : 'Zaal reserveren', ownerId: null, deadline: null, status: 'done', meetingId: 'm1', agendaItemId: null },
      { id: 'x3', what: 'Actie van een andere bijeenkomst', ownerId: 'p1', meetingId: 'other' },
    ],
  })
}
