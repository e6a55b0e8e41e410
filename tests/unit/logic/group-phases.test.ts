import { describe, expect, it } from 'vitest'
import {
  byDate,
  currentObservation,
  detachReflectionsFromMeeting,
  currentPhase,
  groupHistory,
  groupMeetings,
  meetingGroup,
  phaseHistory,
  phasePeriods,
  reflectionReminder,
  type MeetingLike,
} from '../../../shared/logic/group-phases'
import { PhaseObservation, Reflection, type GroupPhase } from '../../../shared/model'

const obs = (id: string, date: string, phase: GroupPhase, workGroupId: string | null = 'wg-1'): PhaseObservation =>
  PhaseObservation.parse({ id, date, phase, workGroupId })
const refl = (date: string, workGroupId: string | null = 'wg-1'): Reflection => Reflection.parse({ id: `r-${date}`, date, workGroupId })
const meeting = (date: string, extra: Partial<MeetingLike> = {}): MeetingLike => ({ id: `m-${date}`, date, workGroupId: 'wg-1', status: 'planned', ...extra })
const community = (date: string, extra: Partial<MeetingLike> = {}): MeetingLike => meeting(date, { id: `c-${date}`, workGroupId: null, ...extra })

describe('current phase', () => {
  it('is null for a group without observations', () => {
    expect(currentPhase([], 'wg-1')).toBeNull()
    expect(currentPhase([obs('a', '2019-01-10', 'control', 'wg-2')], 'wg-1')).toBeNull()
    expect(currentPhase([obs('a', '2019-01-10', 'control')], null)).toBeNull()
  })

  it('follows the latest date, not the order of recording', () => {
    const list = [obs('a', '2019-03-06', 'control'), obs('b', '2019-01-09', 'orientation'), obs('c', '2019-02-13', 'orientation')]
    expect(currentPhase(list, 'wg-1')).toBe('control')
    expect(phaseHistory(list, 'wg-1').map((o) => o.id)).toEqual(['b', 'c', 'a'])
  })

  it('on the same date, the observation recorded last wins', () => {
    const list = [obs('a', '2019-04-10', 'control'), obs('b', '2019-04-10', 'autonomy'), obs('c', '2019-03-01', 'orientation')]
    expect(currentObservation(list, 'wg-1')?.id).toBe('b')
    expect(currentPhase([list[1]!, list[0]!], 'wg-1')).toBe('control')
  })

  it('keeps the community (null) apart from the work groups', () => {
    const list = [obs('a', '2018-10-03', 'orientation', null), obs('b', '2019-05-01', 'autonomy', 'wg-1')]
    expect(currentPhase(list, null)).toBe('orientation')
    expect(currentPhase(list, 'wg-1')).toBe('autonomy')
  })
})

describe('phase periods', () => {
  it('joins consecutive observations of one phase; a date with two records counts once', () => {
    const list = [
      obs('a', '2019-01-09', 'orientation'),
      obs('b', '2019-02-13', 'orientation'),
      obs('c', '2019-03-20', 'orientation'),
      obs('d', '2019-03-20', 'control'),
      obs('e', '2019-06-05', 'autonomy'),
    ]
    expect(phasePeriods(list, 'wg-1')).toEqual([
      { phase: 'orientation', from: '2019-01-09', to: '2019-03-20' },
      { phase: 'control', from: '2019-03-20', to: '2019-06-05' },
      { phase: 'autonomy', from: '2019-06-05', to: null },
    ])
  })
})

describe('time order', () => {
  it('sorts by date and keeps the recorded order on one date; a group’s items only', () => {
    const list = [refl('2019-03-10'), { ...refl('2019-01-10'), id: 'first' }, { ...refl('2019-01-10'), id: 'second' }, refl('2019-02-01', null)]
    expect(byDate(list).map((r) => r.id)).toEqual(['first', 'second', 'r-2019-02-01', 'r-2019-03-10'])
    expect(groupHistory(list, 'wg-1').map((r) => r.id)).toEqual(['first', 'second', 'r-2019-03-10'])
    expect(groupHistory(list, null).map((r) => r.id)).toEqual(['r-2019-02-01'])
    expect(list[0]!.id).toBe('r-2019-03-10')
  })
})

describe('the meetings of a group', () => {
  // The Heerlen example: a single kick-off and closing evaluation, plenary meetings, work-group meetings.
  const list: MeetingLike[] = [
    { id: 'close', date: '2019-12-11', workGroupId: null, status: 'planned' },
    { id: 'p2', date: '2019-02-13', workGroupId: null, status: 'cancelled' },
    { id: 'p1', date: '2019-01-09', workGroupId: null, status: 'planned' },
    { id: 'kick-off', date: '2018-09-05', workGroupId: null, status: 'planned' },
    { id: 'w1', date: '2019-01-23', workGroupId: 'wg-1', status: 'planned' },
    { id: 'w2', date: '2019-01-24', workGroupId: 'wg-2', status: 'planned' },
  ]

  it('gives the community every meeting without a work group (plenary and single ones), in date order, not cancelled ones', () => {
    expect(groupMeetings(list, null).map((m) => m.id)).toEqual(['kick-off', 'p1', 'close'])
  })

  it('gives a work group its own meetings', () => {
    expect(groupMeetings(list, 'wg-1').map((m) => m.id)).toEqual(['w1'])
    expect(groupMeetings(list, 'wg-9')).toEqual([])
  })

  it('belongs to the work group it names, else to the community (as the guidance next to its agenda)', () => {
    expect(meetingGroup({ workGroupId: 'wg-2' })).toBe('wg-2')
    expect(meetingGroup({ workGroupId: null })).toBeNull()
  })
})

describe('reflection reminder (N = 3)', () => {
  const today = '2019-12-31'
  const base = { meetings: [] as MeetingLike[], observations: [] as PhaseObservation[], reflections: [] as Reflection[] }

  it('is not due with fewer than N meetings and no reflection', () => {
    const r = reflectionReminder({ ...base, meetings: [meeting('2019-01-10'), meeting('2019-02-10')] }, 'wg-1', 3, today)
    expect(r).toMatchObject({ due: false, momentsSince: 2, basis: 'meetings', lastReflection: null })
  })

  it('is due after N meetings without a reflection', () => {
    const meetings = [meeting('2019-01-10'), meeting('2019-02-10'), meeting('2019-03-10')]
    expect(reflectionReminder({ ...base, meetings }, 'wg-1', 3, today)).toMatchObject({ due: true, momentsSince: 3 })
  })

  it('counts only meetings after the last reflection; a meeting on the reflection date counts as reflected on', () => {
    const meetings = [meeting('2019-01-10'), meeting('2019-02-10'), meeting('2019-03-10'), meeting('2019-04-10'), meeting('2019-05-10')]
    const r = reflectionReminder({ ...base, meetings, reflections: [refl('2019-03-10')] }, 'wg-1', 3, today)
    expect(r).toMatchObject({ due: false, momentsSince: 2, lastReflection: '2019-03-10' })
    const later = reflectionReminder({ ...base, meetings: [...meetings, meeting('2019-06-10')], reflections: [refl('2019-03-10')] }, 'wg-1', 3, today)
    expect(later.due).toBe(true)
  })

  it('ignores future and cancelled meetings and other groups’ reflections', () => {
    const meetings = [meeting('2019-01-10'), meeting('2019-02-10', { status: 'cancelled' }), meeting('2019-03-10'), meeting('2020-01-10')]
    const r = reflectionReminder({ ...base, meetings, reflections: [refl('2019-01-01', 'wg-2')] }, 'wg-1', 3, today)
    expect(r).toMatchObject({ due: false, momentsSince: 2, lastReflection: null })
  })

  it('counts meetings only where the group has held meetings: observation dates do not add to them', () => {
    const meetings = [meeting('2019-01-10'), meeting('2019-02-10')]
    const observations = [obs('a', '2019-02-10', 'control'), obs('b', '2019-03-01', 'control'), obs('c', '2019-04-01', 'autonomy')]
    expect(reflectionReminder({ ...base, meetings, observations }, 'wg-1', 3, today)).toMatchObject({ due: false, momentsSince: 2, basis: 'meetings' })
    expect(reflectionReminder({ ...base, meetings, observations, reflections: [refl('2019-02-10')] }, 'wg-1', 3, today)).toMatchObject({
      due: false,
      momentsSince: 0,
      basis: 'meetings',
    })
  })

  it('a group with no meetings recorded at all counts the distinct dates of its observations instead', () => {
    const observations = [obs('a', '2019-01-09', 'orientation'), obs('b', '2019-01-09', 'control'), obs('c', '2019-02-13', 'control'), obs('d', '2019-03-20', 'control')]
    expect(reflectionReminder({ ...base, observations }, 'wg-1', 3, today)).toMatchObject({ due: true, momentsSince: 3, basis: 'observations' })
    expect(reflectionReminder({ ...base, observations, reflections: [refl('2019-02-13')] }, 'wg-1', 3, today)).toMatchObject({ due: false, momentsSince: 1 })
    // Another group's meetings do not make this one a group "with meetings".
    expect(reflectionReminder({ ...base, observations, meetings: [meeting('2019-01-10', { workGroupId: 'wg-2' })] }, 'wg-1', 3, today).basis).toBe('observations')
  })

  it('counts observation dates while the group’s recorded meetings are all cancelled or still to come; meetings rule once one took place', () => {
    const observations = [obs('a', '2019-01-09', 'orientation'), obs('b', '2019-02-13', 'control'), obs('c', '2019-03-20', 'control')]
    const planned = [meeting('2019-02-13', { status: 'cancelled' }), meeting('2020-02-01'), meeting('2020-03-01')]
    expect(reflectionReminder({ ...base, observations, meetings: planned }, 'wg-1', 3, today)).toMatchObject({ due: true, momentsSince: 3, basis: 'observations' })
    expect(reflectionReminder({ ...base, observations, meetings: planned }, 'wg-1', 3, '2020-02-01')).toMatchObject({ due: false, momentsSince: 1, basis: 'meetings' })
  })

  it('counts meetings on one date once', () => {
    const meetings = [meeting('2019-01-10'), meeting('2019-01-10', { id: 'again' }), meeting('2019-02-10')]
    expect(reflectionReminder({ ...base, meetings }, 'wg-1', 3, today)).toMatchObject({ due: false, momentsSince: 2 })
  })

  it('honours the setting N', () => {
    const meetings = [meeting('2019-01-10')]
    expect(reflectionReminder({ ...base, meetings }, 'wg-1', 1, today).due).toBe(true)
  })

  it('counts the community’s plenary and single meetings (the kick-off too), not the work groups’', () => {
    const meetings = [community('2018-09-05'), community('2018-10-03'), community('2018-11-07'), meeting('2018-12-19')]
    expect(reflectionReminder({ ...base, meetings }, null, 3, today)).toMatchObject({ due: true, momentsSince: 3, basis: 'meetings' })
    // The Heerlen example after its reflection of 18 September 2019: 23 Oct, 27 Nov and the closing evaluation of 11 Dec.
    const autumn = [community('2019-09-18'), community('2019-10-23'), community('2019-11-27'), community('2019-12-11')]
    expect(reflectionReminder({ ...base, meetings: autumn, reflections: [refl('2019-09-18', null)] }, null, 3, today)).toMatchObject({
      due: true,
      momentsSince: 3,
      lastReflection: '2019-09-18',
    })
  })
})

describe('removing a meeting', () => {
  it('keeps its reflections, no longer pointing at it, and leaves the others as they were', () => {
    const held = Reflection.parse({ id: 'r-1', date: '2019-03-06', workGroupId: null, meetingId: 'm-1' })
    const other = Reflection.parse({ id: 'r-2', date: '2019-04-10', workGroupId: null, meetingId: 'm-2' })
    const after = detachReflectionsFromMeeting([held, other], 'm-1')
    expect(after).toEqual([{ ...held, meetingId: null }, other])
    expect(after[1]).toBe(other)
  })
})
