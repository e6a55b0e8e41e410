import { describe, expect, it } from 'vitest'
import { Meeting } from '../../../shared/model'
import { remainingMs } from '../../../shared/logic/chairing-timer'
import { amsterdamIsoAt, resumeClock, spentFromMeeting } from '../../../renderer/src/features/chairing/chairing-edits'

const meeting = (chairing: unknown) =>
  Meeting.parse({
    id: 'm',
    date: '2019-03-27',
    agenda: [
      { id: 'a1', title: 'Opening', durationMinutes: 10, actualSeconds: 750 },
      { id: 'a2', title: 'Terugkoppeling', durationMinutes: 40 },
    ],
    chairing,
  })

describe('chairing record', () => {
  it('writes instants with the Amsterdam offset, winter and summer', () => {
    expect(amsterdamIsoAt(Date.parse('2019-03-27T14:30:00Z'))).toBe('2019-03-27T15:30:00.000+01:00')
    expect(amsterdamIsoAt(Date.parse('2019-07-01T12:00:00Z'))).toBe('2019-07-01T14:00:00.000+02:00')
  })

  it('resumes a chairing left open (app closed mid-meeting) on the open item, counting from its start', () => {
    const open = meeting({
      startedAt: '2019-03-27T15:30:00.000+01:00',
      itemTimes: [
        { agendaItemId: 'a1', startedAt: '2019-03-27T15:30:00.000+01:00', endedAt: '2019-03-27T15:42:30.000+01:00' },
        { agendaItemId: 'a2', startedAt: '2019-03-27T15:42:30.000+01:00', endedAt: null },
      ],
    })
    const clock = resumeClock(open)
    expect(clock?.index).toBe(1)
    expect(remainingMs(clock!, { id: 'a2', durationMinutes: 40 }, Date.parse('2019-03-27T15:52:30+01:00'))).toBe(30 * 60_000)
    expect(spentFromMeeting(open)).toEqual({ a1: 750_000 })
  })

  it('starts fresh when there is no record, or it was finished', () => {
    expect(resumeClock(meeting(null))).toBeNull()
    expect(resumeClock(meeting({ startedAt: '2019-03-27T15:30:00.000+01:00', endedAt: '2019-03-27T17:20:00.000+01:00', itemTimes: [] }))).toBeNull()
  })
})
