import { describe, expect, it } from 'vitest'
import {
  Action,
  AgendaItem,
  AgendaTemplate,
  Meeting,
  MeetingSeries,
  ProjectFile,
  openProjectData,
  serializeProject,
} from '../../../shared/model'
import { readFixtureJson } from '../../fixtures/paths'

const MEETING_KEYS = new Set(['locations', 'meetingSeries', 'meetings', 'actions', 'agendaTemplates', 'holidayPeriods', 'roleWillingness'])

/** The unknown-keys fixture without any of the meetings fields (a file from before issue 4). */
const minimalProject = (): Record<string, unknown> => {
  const raw = readFixtureJson('unknown-keys.werkbank.json') as Record<string, unknown>
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !MEETING_KEYS.has(key)))
}

describe('meetings model: defaults', () => {
  it('opens a file without any meetings fields with empty lists', () => {
    const opened = openProjectData(minimalProject())
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const { project } = opened.value
    expect(project.locations).toEqual([])
    expect(project.meetingSeries).toEqual([])
    expect(project.meetings).toEqual([])
    expect(project.actions).toEqual([])
    expect(project.agendaTemplates).toEqual([])
    expect(project.holidayPeriods).toEqual([])
    expect(project.roleWillingness).toEqual([])
  })

  it('fills a meeting with only id and date', () => {
    const meeting = Meeting.parse({ id: 'm1', date: '2018-09-05' })
    expect(meeting).toEqual({
      id: 'm1',
      kind: 'plenary',
      title: '',
      seriesId: null,
      workGroupId: null,
      date: '2018-09-05',
      startTime: '19:30',
      endTime: '21:30',
      locationId: null,
      status: 'planned',
      notes: '',
      roles: [],
      agenda: [],
      attendance: [],
      chairing: null,
    })
  })

  it('fills an agenda item with only id and title', () => {
    expect(AgendaItem.parse({ id: 'a1', title: 'Opening' })).toEqual({
      id: 'a1',
      title: 'Opening',
      kind: 'discuss',
      durationMinutes: 10,
      ownerId: null,
      preparation: '',
      themeIds: [],
      workGroupIds: [],
      notes: '',
      decisions: [],
      actualSeconds: null,
    })
  })

  it('fills an action with only id and what', () => {
    expect(Action.parse({ id: 'x1', what: 'Zaal reserveren' })).toEqual({
      id: 'x1',
      what: 'Zaal reserveren',
      ownerId: null,
      deadline: null,
      status: 'open',
      meetingId: null,
      agendaItemId: null,
      workGroupId: null,
      createdAt: null,
      doneOn: null,
      notes: '',
    })
  })

  it('defaults a series to every 5 weeks, 19:30–21:30', () => {
    const series = MeetingSeries.parse({ id: 's1', startDate: '2018-09-05' })
    expect(series.intervalWeeks).toBe(5)
    expect(series.startTime).toBe('19:30')
    expect(series.endTime).toBe('21:30')
    expect(series.count).toBeNull()
    expect(series.untilDate).toBeNull()
  })

  it('fills template items', () => {
    const template = AgendaTemplate.parse({ id: 't1', name: 'Plenair', items: [{ id: 'i1', title: 'Rondvraag' }] })
    expect(template.items[0]).toEqual({ id: 'i1', title: 'Rondvraag', kind: 'discuss', durationMinutes: 10, preparation: '' })
  })
})

describe('meetings model: validation', () => {
  it.each([
    ['a time without leading zero', { startTime: '9:30' }],
    ['an impossible time', { endTime: '24:00' }],
    ['an impossible date', { date: '2019-02-29' }],
    ['an unknown status', { status: 'postponed' }],
    ['an unknown attendance status', { attendance: [{ participantId: 'p1', status: 'late' }] }],
    ['an empty role', { roles: [{ role: '', participantId: 'p1' }] }],
    ['an unknown agenda kind', { agenda: [{ id: 'a', title: 'x', kind: 'party' }] }],
  ])('refuses %s', (_what, patch) => {
    expect(Meeting.safeParse({ id: 'm1', date: '2018-09-05', ...patch }).success).toBe(false)
  })

  it('accepts custom roles and the chairing record', () => {
    const meeting = Meeting.parse({
      id: 'm1',
      date: '2018-10-10',
      roles: [
        { role: 'chair', participantId: 'p1' },
        { role: 'fotograaf', participantId: 'p2' },
      ],
      agenda: [{ id: 'a1', title: 'Opening' }],
      chairing: {
        startedAt: '2018-10-10T19:31:00+02:00',
        itemTimes: [{ agendaItemId: 'a1', startedAt: '2018-10-10T19:31:00+02:00' }],
      },
    })
    expect(meeting.roles[1]?.role).toBe('fotograaf')
    expect(meeting.chairing?.endedAt).toBeNull()
    expect(meeting.chairing?.itemTimes[0]?.endedAt).toBeNull()
  })

  it('keeps unknown keys on meetings, agenda items and actions', () => {
    const raw = {
      ...minimalProject(),
      meetings: [{ id: 'm1', date: '2018-09-05', catering: 'vlaai', agenda: [{ id: 'a1', title: 'x', flip: true }] }],
      actions: [{ id: 'x1', what: 'y', priority: 'hoog' }],
    }
    const opened = openProjectData(raw)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const again = JSON.parse(serializeProject(opened.value.project)) as ProjectFile
    expect(again.meetings[0]).toMatchObject({ catering: 'vlaai', agenda: [{ flip: true }] })
    expect(again.actions[0]).toMatchObject({ priority: 'hoog' })
  })
})
