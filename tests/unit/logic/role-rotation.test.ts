import { describe, expect, it } from 'vitest'
import { Meeting, Participant, type RoleWillingness } from '../../../shared/model'
import { suggestRoles, tallyRoles, unavailableFor } from '../../../shared/logic/role-rotation'
import { addDaysIso } from '../../../shared/logic/iso-dates'

const ROLES = ['chair', 'minutes', 'timekeeper'] as const

/** Plan `n` meetings one after another, each with the suggestion, as the facilitator would accept it. */
function run(n: number, willingness: RoleWillingness[], absentAt: (i: number) => string[] = () => []): Meeting[] {
  const history: Meeting[] = []
  let date = '2018-10-03'
  for (let i = 0; i < n; i++) {
    const attendance = absentAt(i).map((participantId) => ({ participantId, status: 'excused' as const }))
    const meeting = Meeting.parse({ id: `m${i}`, date, attendance })
    const roles = suggestRoles({ roles: ROLES, willingness, history, date, unavailable: unavailableFor(meeting, []) })
    history.push({ ...meeting, roles })
    date = addDaysIso(date, 35)
  }
  return history
}

const spread = (meetings: Meeting[], role: string, people: string[]): number => {
  const tallies = tallyRoles(meetings)
  const counts = people.map((p) => tallies.find((t) => t.participantId === p)?.counts[role] ?? 0)
  return Math.max(...counts) - Math.min(...counts)
}

const everyone = (ids: string[], roles: string[] = [...ROLES]): RoleWillingness[] => ids.map((participantId) => ({ participantId, roles }))

describe('role rotation', () => {
  it('spreads each role so that counts differ by at most one, at every step of a long run', () => {
    const people = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']
    const meetings = run(40, everyone(people))
    for (let k = 1; k <= meetings.length; k++) {
      for (const role of ROLES) expect(spread(meetings.slice(0, k), role, people)).toBeLessThanOrEqual(1)
    }
  })

  it('never gives one person two roles in one meeting', () => {
    for (const meeting of run(30, everyone(['a', 'b', 'c', 'd']))) {
      const ids = meeting.roles.map((r) => r.participantId)
      expect(new Set(ids).size).toBe(ids.length)
      expect(meeting.roles.map((r) => r.role)).toEqual([...ROLES])
    }
  })

  it('only asks people willing to take a role, and keeps them within two turns of each other', () => {
    const willingness: RoleWillingness[] = [
      { participantId: 'anne', roles: ['chair', 'minutes'] },
      { participantId: 'bram', roles: ['chair'] },
      { participantId: 'cem', roles: ['minutes', 'timekeeper'] },
      { participantId: 'dewi', roles: ['timekeeper', 'minutes'] },
      { participantId: 'eva', roles: ['chair', 'timekeeper'] },
      { participantId: 'fenna', roles: ['minutes'] },
    ]
    const meetings = run(120, willingness)
    for (const meeting of meetings) {
      for (const { role, participantId } of meeting.roles) {
        expect(willingness.find((w) => w.participantId === participantId)?.roles).toContain(role)
      }
    }
    // Overlapping willingness can force one person to fall one turn behind in two roles at once
    // (one meeting cannot give them both); the rotation never lets a role drift further than that.
    for (let k = 1; k <= meetings.length; k++) {
      for (const role of ROLES) {
        const willingPeople = willingness.filter((w) => w.roles.includes(role)).map((w) => w.participantId)
        expect(spread(meetings.slice(0, k), role, willingPeople)).toBeLessThanOrEqual(2)
      }
    }
  })

  it('skips people reported absent and catches them up afterwards', () => {
    const people = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']
    // p1 is away for the first six meetings, everyone else sometimes.
    const meetings = run(48, everyone(people), (i) => (i < 6 ? ['p1'] : i % 7 === 3 ? [people[i % 6]!] : []))
    meetings.forEach((meeting) => {
      const away = meeting.attendance.map((a) => a.participantId)
      for (const r of meeting.roles) expect(away).not.toContain(r.participantId)
    })
    for (const role of ROLES) expect(spread(meetings, role, people)).toBeLessThanOrEqual(1)
  })

  it('skips stopped participants and those who left before the meeting', () => {
    const participants = [
      Participant.parse({ id: 'a', name: 'A', category: 'resident' }),
      Participant.parse({ id: 'b', name: 'B', category: 'resident', active: false }),
      Participant.parse({ id: 'c', name: 'C', category: 'resident', leftOn: '2019-01-01', active: true }),
    ]
    const unavailable = unavailableFor(Meeting.parse({ id: 'm', date: '2019-02-01' }), participants)
    expect([...unavailable].sort()).toEqual(['b', 'c'])
    const roles = suggestRoles({ roles: ROLES, willingness: everyone(['a', 'b', 'c']), history: [], date: '2019-02-01', unavailable })
    expect(roles).toEqual([{ role: 'chair', participantId: 'a' }])
  })

  it('keeps roles already assigned and fills the rest with others', () => {
    const roles = suggestRoles({
      roles: ROLES,
      willingness: everyone(['a', 'b', 'c']),
      history: [],
      date: '2019-01-01',
      unavailable: new Set(),
      keep: [{ role: 'minutes', participantId: 'a' }],
    })
    expect(roles[0]).toEqual({ role: 'minutes', participantId: 'a' })
    expect(roles.slice(1).map((r) => r.role)).toEqual(['chair', 'timekeeper'])
    expect(roles.slice(1).map((r) => r.participantId).sort()).toEqual(['b', 'c'])
  })

  it('prefers whoever held the role least, by hand', () => {
    const history = [
      Meeting.parse({ id: 'h1', date: '2018-10-03', roles: [{ role: 'chair', participantId: 'a' }, { role: 'minutes', participantId: 'b' }] }),
      Meeting.parse({ id: 'h2', date: '2018-11-07', roles: [{ role: 'chair', participantId: 'b' }, { role: 'minutes', participantId: 'c' }] }),
      // cancelled and later meetings do not count
      Meeting.parse({ id: 'h3', date: '2018-11-14', status: 'cancelled', roles: [{ role: 'chair', participantId: 'c' }] }),
      Meeting.parse({ id: 'h4', date: '2019-05-01', roles: [{ role: 'chair', participantId: 'c' }] }),
    ]
    const roles = suggestRoles({ roles: ['chair', 'minutes'], willingness: everyone(['a', 'b', 'c']), history, date: '2018-12-12', unavailable: new Set() })
    // chair: c never chaired; minutes: a never took minutes.
    expect(roles).toEqual([{ role: 'chair', participantId: 'c' }, { role: 'minutes', participantId: 'a' }])
  })

  it('tallies who held which role how often', () => {
    const meetings = [
      Meeting.parse({ id: 'x', date: '2018-10-03', roles: [{ role: 'chair', participantId: 'a' }, { role: 'minutes', participantId: 'b' }] }),
      Meeting.parse({ id: 'y', date: '2018-11-07', roles: [{ role: 'chair', participantId: 'a' }, { role: 'gastspreker', participantId: 'c' }] }),
    ]
    expect(tallyRoles(meetings)).toEqual([
      { participantId: 'a', counts: { chair: 2 }, total: 2, lastDate: '2018-11-07' },
      { participantId: 'b', counts: { minutes: 1 }, total: 1, lastDate: '2018-10-03' },
      { participantId: 'c', counts: { gastspreker: 1 }, total: 1, lastDate: '2018-11-07' },
    ])
  })
})
