import { describe, expect, it } from 'vitest'
import {
  currentObservation,
  currentPhase,
  groupMeetings,
  meetingsOf,
  phaseHistory,
  phasePeriods,
  reflectionReminder,
  type MeetingLike,
} from '../../../shared/logic/group-phases'
import { PhaseObservation, Reflection, type GroupPhase } from '../../../shared/model'

const obs = (id: string, date: string, phase: GroupPhase, workGroupId: string | null = 'wg-1'): PhaseObservation =>
  PhaseObservation.parse({ id, date, phase, workGroupId })
const refl = (date: string, workGroupId: string | null = 'wg-1'): Reflection => Reflection.parse({ id: `r-${date}`, date, workGroupId })
const meeting = (date: string, extra: Partial<MeetingLike> = {}): MeetingLike => ({ id: `m-${date}`, date, kind: 'workGroup', workGroupId: 'wg-1', ...extra })

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

describe('meetings read defensively', () => {
  it('gives [] without a meetings field and skips malformed entries', () => {
    expect(meetingsOf({})).toEqual([])
    expect(meetingsOf({ meetings: 'nope' })).toEqual([])
    expect(meetingsOf({ meetings: [{ id: 'm', date: '2019-01-01' }, { id: 3 }, null] })).toEqual([{ id: 'm', date: '2019-01-01' }])
  })

  it('counts plenary meetings for the community and own meetings for a group, not cancelled ones', () => {
    const list: MeetingLike[] = [
      { id: 'p1', date: '2019-01-09', kind: 'plenary', workGroupId: null },
      { id: 'p2', date: '2019-02-13', kind: 'plenary', workGroupId: null, status: 'cancelled' },
      { id: 'w1', date: '2019-01-23', kind: 'workGroup', workGroupId: 'wg-1' },
      { id: 'w2', date: '2019-01-24', kind: 'workGroup', workGroupId: 'wg-2' },
    ]
    expect(groupMeetings(list, null).map((m) => m.id)).toEqual(['p1'])
    expect(groupMeetings(list, 'wg-1').map((m) => m.id)).toEqual(['w1'])
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

  it('falls back to distinct observation dates when the group has no meetings', () => {
    const observations = [obs('a', '2019-01-09', 'orientation'), obs('b', '2019-01-09', 'control'), obs('c', '2019-02-13', 'control'), obs('d', '2019-03-20', 'control')]
    expect(reflectionReminder({ ...base, observations }, 'wg-1', 3, today)).toMatchObject({ due: true, momentsSince: 3, basis: 'observations' })
    expect(reflectionReminder({ ...base, observations, reflections: [refl('2019-02-13')] }, 'wg-1', 3, today)).toMatchObject({ due: false, momentsSince: 1 })
  })

  it('counts meetings and observation-only dates together, each date once', () => {
    const meetings = [meeting('2019-01-10'), meeting('2019-02-10')]
    const observations = [obs('a', '2019-02-10', 'control'), obs('b', '2019-03-01', 'control'), obs('c', '2019-03-01', 'autonomy')]
    expect(reflectionReminder({ ...base, meetings, observations }, 'wg-1', 3, today)).toMatchObject({ due: true, momentsSince: 3, basis: 'both' })
    expect(reflectionReminder({ ...base, meetings, observations, reflections: [refl('2019-02-10')] }, 'wg-1', 3, today)).toMatchObject({
      due: false,
      momentsSince: 1,
      basis: 'observations',
    })
  })

  it('honours the setting N', () => {
    const meetings = [meeting('2019-01-10')]
    expect(reflectionReminder({ ...base, meetings }, 'wg-1', 1, today).due).toBe(true)
  })

  it('uses the community’s plenary meetings for the community', () => {
    const meetings: MeetingLike[] = [
      { id: 'a', date: '2018-10-03', kind: 'plenary', workGroupId: null },
      { id: 'b', date: '2018-11-07', kind: 'plenary', workGroupId: null },
      { id: 'c', date: '2018-12-12', kind: 'plenary', workGroupId: null },
      meeting('2018-12-19'),
    ]
    expect(reflectionReminder({ ...base, meetings }, null, 3, today)).toMatchObject({ due: true, momentsSince: 3, basis: 'meetings' })
  })
})
