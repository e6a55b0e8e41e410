import { describe, expect, it } from 'vitest'
import { Meeting } from '../../../shared/model'
import {
  type ChairedMeeting,
  chairingState,
  finishChairing,
  moveChairing,
  spentFromAgenda,
  startChairing,
  togglePause,
} from '../../../shared/logic/chairing-record'
import { countdownAnchorMs, formatCountdown, remainingMs } from '../../../shared/logic/chairing-timer'

const T0 = Date.parse('2019-03-27T15:30:00+01:00')
const MIN = 60_000

const meeting = (chairing: unknown = null): ChairedMeeting =>
  Meeting.parse({
    id: 'm',
    date: '2019-03-27',
    agenda: [
      { id: 'a1', title: 'Opening', durationMinutes: 10 },
      { id: 'a2', title: 'Terugkoppeling', durationMinutes: 40 },
      { id: 'a3', title: 'Rondvraag', durationMinutes: 10 },
    ],
    chairing,
  })

/** What the chairing view shows at `now`: the status, the current item and its countdown. */
function shown(m: ChairedMeeting, now: number) {
  const { status, clock } = chairingState(m)
  const item = clock ? m.agenda[clock.index] : undefined
  return { status, item: item?.id ?? null, countdown: clock && item ? formatCountdown(remainingMs(clock, item, now)) : null }
}

describe('the chairing record', () => {
  it('is ready without a record, runs after start, and records each visit with the Amsterdam offset', () => {
    let m = meeting()
    expect(chairingState(m)).toEqual({ status: 'ready', clock: null })
    m = startChairing(m, T0)
    expect(m.chairing).toEqual({
      startedAt: '2019-03-27T15:30:00.000+01:00',
      endedAt: null,
      itemTimes: [{ agendaItemId: 'a1', startedAt: '2019-03-27T15:30:00.000+01:00', endedAt: null }],
    })
    expect(shown(m, T0 + 4 * MIN)).toEqual({ status: 'running', item: 'a1', countdown: '06:00' })
    m = moveChairing(m, 1, T0 + 12 * MIN + 30_000)
    expect(m.agenda[0]?.actualSeconds).toBe(750)
    expect(m.chairing?.itemTimes.map((t) => [t.agendaItemId, t.endedAt])).toEqual([
      ['a1', '2019-03-27T15:42:30.000+01:00'],
      ['a2', null],
    ])
    expect(shown(m, T0 + 13 * MIN)).toEqual({ status: 'running', item: 'a2', countdown: '39:30' })
  })

  it('a pause closes the visit and the countdown stands still; resuming opens a new visit of the same item', () => {
    let m = startChairing(meeting(), T0)
    m = togglePause(m, T0 + 3 * MIN)
    expect(shown(m, T0 + 20 * MIN)).toEqual({ status: 'paused', item: 'a1', countdown: '07:00' })
    expect(countdownAnchorMs(chairingState(m).clock!, m.agenda[0]!)).toBeNull()
    m = togglePause(m, T0 + 20 * MIN)
    expect(shown(m, T0 + 21 * MIN)).toEqual({ status: 'running', item: 'a1', countdown: '06:00' })
    expect(m.chairing?.itemTimes.map((t) => t.agendaItemId)).toEqual(['a1', 'a1'])
    // Moving on while paused starts the next item running.
    m = moveChairing(togglePause(m, T0 + 22 * MIN), 1, T0 + 25 * MIN)
    expect(shown(m, T0 + 26 * MIN)).toEqual({ status: 'running', item: 'a2', countdown: '39:00' })
    expect(m.agenda[0]?.actualSeconds).toBe(5 * 60)
  })

  it('going back to an item adds to its time; finishing closes the visit and the chairing', () => {
    let m = startChairing(meeting(), T0)
    m = moveChairing(m, 1, T0 + 10 * MIN)
    m = moveChairing(m, 0, T0 + 15 * MIN)
    expect(shown(m, T0 + 16 * MIN)).toEqual({ status: 'running', item: 'a1', countdown: '-01:00' })
    m = moveChairing(m, 2, T0 + 17 * MIN)
    m = finishChairing(m, T0 + 27 * MIN + 123)
    expect(m.agenda.map((i) => i.actualSeconds)).toEqual([12 * 60, 5 * 60, 10 * 60 + 0.123])
    expect(m.chairing?.endedAt).toBe('2019-03-27T15:57:00.123+01:00')
    expect(chairingState(m)).toEqual({ status: 'finished', clock: null })
    // Steps that do not apply change nothing.
    expect(moveChairing(m, 1, T0 + 30 * MIN)).toEqual({ agenda: m.agenda, chairing: m.chairing })
    expect(togglePause(m, T0 + 30 * MIN)).toEqual({ agenda: m.agenda, chairing: m.chairing })
  })

  it('undo is going back to an earlier record: the view follows, and the clock runs on from that visit', () => {
    const started = startChairing(meeting(), T0)
    const moved = moveChairing(started, 1, T0 + 10 * MIN)
    // Ctrl+Z restores the record before the move: the chair is on the first item again, 12 minutes in.
    expect(shown(started, T0 + 12 * MIN)).toEqual({ status: 'running', item: 'a1', countdown: '-02:00' })
    // Redo: on the second item since the move.
    expect(shown(moved, T0 + 12 * MIN)).toEqual({ status: 'running', item: 'a2', countdown: '38:00' })
    // Undoing a pause resumes the visit as if it never paused.
    const paused = togglePause(moved, T0 + 13 * MIN)
    expect(shown(paused, T0 + 14 * MIN).countdown).toBe('37:00')
    expect(shown(moved, T0 + 14 * MIN).countdown).toBe('36:00')
  })

  it('resumes a chairing left open (the app closed mid-meeting), counting from the open visit', () => {
    const open = meeting({
      startedAt: '2019-03-27T15:30:00.000+01:00',
      itemTimes: [
        { agendaItemId: 'a1', startedAt: '2019-03-27T15:30:00.000+01:00', endedAt: '2019-03-27T15:42:30.000+01:00' },
        { agendaItemId: 'a2', startedAt: '2019-03-27T15:42:30.000+01:00', endedAt: null },
      ],
    })
    const withTime = { ...open, agenda: open.agenda.map((i) => (i.id === 'a1' ? { ...i, actualSeconds: 750 } : i)) }
    expect(shown(withTime, Date.parse('2019-03-27T15:52:30+01:00'))).toEqual({ status: 'running', item: 'a2', countdown: '30:00' })
    expect(spentFromAgenda(withTime.agenda)).toEqual({ a1: 750_000 })
  })

  it('a finished chairing started again begins at the first item and adds to the recorded time', () => {
    let m = finishChairing(startChairing(meeting(), T0), T0 + 8 * MIN)
    expect(startChairing({ ...m, agenda: [] }, T0 + 9 * MIN).chairing?.endedAt).not.toBeNull()
    m = startChairing(m, T0 + 60 * MIN)
    expect(m.chairing?.startedAt).toBe('2019-03-27T15:30:00.000+01:00')
    expect(shown(m, T0 + 61 * MIN)).toEqual({ status: 'running', item: 'a1', countdown: '01:00' })
    // Starting again while it runs changes nothing.
    expect(startChairing(m, T0 + 62 * MIN)).toEqual({ agenda: m.agenda, chairing: m.chairing })
  })

  it('stands still on the first item when the item of the last visit was removed', () => {
    const m = startChairing(meeting(), T0)
    const without = { ...m, agenda: m.agenda.filter((i) => i.id !== 'a1') }
    expect(shown(without, T0 + MIN)).toEqual({ status: 'paused', item: 'a2', countdown: '40:00' })
    const resumed = togglePause(without, T0 + 2 * MIN)
    expect(shown(resumed, T0 + 3 * MIN)).toEqual({ status: 'running', item: 'a2', countdown: '39:00' })
    expect(resumed.chairing?.itemTimes.map((t) => [t.agendaItemId, t.endedAt])).toEqual([
      ['a1', '2019-03-27T15:32:00.000+01:00'],
      ['a2', null],
    ])
  })
})
