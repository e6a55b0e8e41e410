import { describe, expect, it } from 'vitest'
import { defaultMeeting, exportEntries } from '../../../renderer/src/features/reports/export-entries'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'

const heerlen = buildHeerlenExample()

describe('the Export menu’s entries', () => {
  it('lists each work group’s plan, all plans, the evaluation report and the three meeting documents', () => {
    const entries = exportEntries(heerlen)
    expect(entries.map((e) => e.request)).toEqual([
      ...heerlen.workGroups.map((g) => ({ kind: 'plan.workGroup', workGroupId: g.id })),
      { kind: 'plan.community' },
      { kind: 'evaluation.report' },
      { kind: 'meeting.agenda' },
      { kind: 'meeting.minutes' },
      { kind: 'meetings.calendar' },
    ])
    expect(entries.every((e) => e.disabled === null)).toBe(true)
  })

  it('says why an entry has nothing to export', () => {
    const withoutPlan = exportEntries({ ...heerlen, plans: heerlen.plans.filter((p) => p.workGroupId !== 'wg-02') })
    expect(withoutPlan.find((e) => e.request.workGroupId === 'wg-02')?.disabled).toBe('noPlan')
    const empty = exportEntries({ workGroups: [], plans: [], meetings: [] })
    expect(empty.map((e) => [e.key, e.disabled])).toEqual([
      ['plan', 'noWorkGroups'],
      ['plans', 'noPlans'],
      ['evaluation', null],
      ['agenda', 'noMeetings'],
      ['minutes', 'noMeetings'],
      ['calendar', 'noMeetings'],
    ])
  })

  it('starts an invitation at the next meeting and minutes at the most recent one', () => {
    const meetings = heerlen.meetings
    const today = '2019-06-01'
    const next = [...meetings].filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0]!
    const last = [...meetings].filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date))[0]!
    expect(defaultMeeting(meetings, today, 'meeting.agenda')?.id).toBe(next.id)
    expect(defaultMeeting(meetings, today, 'meeting.minutes')?.id).toBe(last.id)
    // After the last meeting there is no next one: the invitation starts at the most recent.
    expect(defaultMeeting(meetings, '2030-01-01', 'meeting.agenda')?.date).toBe([...meetings].map((m) => m.date).sort().pop())
    expect(defaultMeeting([], today, 'meeting.minutes')).toBeUndefined()
  })
})
