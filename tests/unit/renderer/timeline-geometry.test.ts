import { describe, expect, it } from 'vitest'
import { phasePeriods } from '../../../shared/logic/group-phases'
import { PhaseObservation, type GroupPhase } from '../../../shared/model'
import {
  dateScale,
  isoPlusDays,
  monthTicks,
  phaseBands,
  timelineLayout,
  timelineSpan,
  type LaneInput,
} from '../../../renderer/src/features/phases/timeline-geometry'

const obs = (id: string, date: string, phase: GroupPhase): PhaseObservation => PhaseObservation.parse({ id, date, phase, workGroupId: null })
const lane = (observations: PhaseObservation[], meetings: string[] = [], reflections: string[] = []): LaneInput => ({
  periods: phasePeriods(observations, null),
  observations,
  reflections: reflections.map((date) => ({ id: `r-${date}`, date })),
  meetings: meetings.map((date) => ({ id: `m-${date}`, date })),
})
const HEERLEN = { start: '2018-09-05', end: '2019-12-31' }

describe('span and scale', () => {
  it('shows the community’s period with a week of air at both ends', () => {
    expect(timelineSpan(HEERLEN, ['2019-01-23'])).toEqual({ from: '2018-08-29', to: '2020-01-07' })
  })

  it('widens the period to dates outside it, and gives one date a month to stand in', () => {
    expect(timelineSpan(HEERLEN, ['2020-02-05', '2018-06-01'])).toEqual({ from: '2018-05-25', to: '2020-02-12' })
    expect(timelineSpan({ start: null, end: null }, ['2024-09-11'])).toEqual({ from: '2024-09-04', to: '2024-10-18' })
    expect(timelineSpan({ start: null, end: null }, ['2024-09-11', '2024-09-11'])).toEqual({ from: '2024-09-04', to: '2024-10-18' })
    expect(timelineSpan({ start: null, end: null }, [])).toBeNull()
  })

  it('puts a date at its share of the days between left and right', () => {
    const x = dateScale({ from: '2019-01-01', to: '2019-01-11' }, 100, 200)
    expect(x('2019-01-01')).toBe(100)
    expect(x('2019-01-11')).toBe(200)
    expect(x('2019-01-06')).toBe(150)
    // Summer time does not shift a day (dates are whole days, not local clock times).
    const year = dateScale({ from: '2019-01-01', to: '2020-01-01' }, 0, 365)
    expect(year('2019-03-31')).toBe(89)
    expect(year('2019-10-27')).toBe(299)
  })

  it('counts days across month and year ends', () => {
    expect(isoPlusDays('2018-12-28', 7)).toBe('2019-01-04')
    expect(isoPlusDays('2020-03-01', -1)).toBe('2020-02-29')
  })
})

describe('month ticks', () => {
  it('are the first days of the months inside the span; every quarter labelled, the year on January and on the first label', () => {
    const ticks = monthTicks({ from: '2018-08-29', to: '2020-01-07' })
    expect(ticks[0]!.date).toBe('2018-09-01')
    expect(ticks.at(-1)!.date).toBe('2020-01-01')
    expect(ticks).toHaveLength(17)
    expect(ticks.filter((t) => t.labelled).map((t) => [t.date, t.withYear])).toEqual([
      ['2018-10-01', true],
      ['2019-01-01', true],
      ['2019-04-01', false],
      ['2019-07-01', false],
      ['2019-10-01', false],
      ['2020-01-01', true],
    ])
  })

  it('include the first of the month the span starts on, and label every month on a short span', () => {
    const ticks = monthTicks({ from: '2024-09-01', to: '2024-10-18' })
    expect(ticks.map((t) => [t.date, t.labelled, t.withYear])).toEqual([
      ['2024-09-01', true, true],
      ['2024-10-01', true, false],
    ])
  })

  it('label every half year on a long span, and none fall outside it', () => {
    const ticks = monthTicks({ from: '2018-01-15', to: '2021-12-20' })
    expect(ticks.filter((t) => t.labelled).map((t) => t.date.slice(5, 7))).toEqual(['07', '01', '07', '01', '07', '01', '07'])
    expect(ticks.every((t) => t.date >= '2018-01-15' && t.date <= '2021-12-20')).toBe(true)
  })
})

describe('phase bands', () => {
  const span = { from: '2019-01-01', to: '2019-12-31' }
  const x = dateScale(span, 0, 364)

  it('start at the date of the phase’s first observation and end where the next phase starts', () => {
    const periods = phasePeriods([obs('a', '2019-01-09', 'orientation'), obs('b', '2019-02-13', 'orientation'), obs('c', '2019-03-20', 'control')], null)
    const bands = phaseBands(periods, span, x)
    expect(bands.map((b) => [b.phase, b.x, b.width])).toEqual([
      ['orientation', x('2019-01-09'), x('2019-03-20') - x('2019-01-09')],
      ['control', x('2019-03-20'), 364 - x('2019-03-20')],
    ])
    // Bands touch: no gap and no overlap between consecutive phases.
    expect(bands[0]!.x + bands[0]!.width).toBe(bands[1]!.x)
  })

  it('the phase that still lasts runs to the end of the span, past the last meeting', () => {
    const layout = timelineLayout([lane([obs('a', '2019-11-20', 'closing')], ['2019-10-02', '2019-11-06'])], { start: '2019-01-01', end: null }, 0, 1000)!
    const band = layout.lanes[0]!.bands[0]!
    expect(band.x + band.width).toBe(1000)
    expect(band.x).toBeGreaterThan(layout.lanes[0]!.meetings.at(-1)!.x)
  })

  it('a band of one day is still visible, and only a wide band carries its number', () => {
    const periods = phasePeriods([obs('a', '2019-05-01', 'control'), obs('b', '2019-05-02', 'autonomy')], null)
    const [short, long] = phaseBands(periods, span, x)
    expect(short!.width).toBe(2)
    expect(short!.numbered).toBe(false)
    expect(long!.numbered).toBe(true)
    expect(long!.labelX).toBe(long!.x + 14)
  })
})

describe('timeline layout', () => {
  it('is empty (null) while no group has an observation, even with meetings', () => {
    expect(timelineLayout([lane([], ['2019-01-09'])], HEERLEN, 0, 100)).toBeNull()
    expect(timelineLayout([], HEERLEN, 0, 100)).toBeNull()
  })

  it('puts meeting ticks, observation dots and reflection marks on their dates, the same scale for every lane', () => {
    const community = lane([obs('a', '2018-10-03', 'orientation'), obs('b', '2018-12-12', 'control')], ['2018-09-05', '2018-10-03', '2018-11-07', '2018-12-12'], ['2019-03-27'])
    const group = lane([obs('c', '2019-01-23', 'orientation')], ['2019-01-30'])
    const layout = timelineLayout([community, group], HEERLEN, 8, 952)!
    const [c, g] = layout.lanes
    expect(c!.meetings.map((m) => m.x)).toEqual(['2018-09-05', '2018-10-03', '2018-11-07', '2018-12-12'].map(layout.x))
    // Spacing follows the days between the meetings (28 and 35 days).
    const gap1 = c!.meetings[1]!.x - c!.meetings[0]!.x
    const gap2 = c!.meetings[2]!.x - c!.meetings[1]!.x
    expect(gap2 / gap1).toBeCloseTo(35 / 28, 6)
    // A band starts on the tick of the meeting where its phase was observed.
    expect(c!.bands[1]!.x).toBe(c!.meetings[3]!.x)
    expect(c!.observations.map((o) => o.x)).toEqual([layout.x('2018-10-03'), layout.x('2018-12-12')])
    expect(c!.reflections[0]!.x).toBe(layout.x('2019-03-27'))
    expect(g!.meetings[0]!.x).toBe(layout.x('2019-01-30'))
    expect(layout.span).toEqual({ from: '2018-08-29', to: '2020-01-07' })
  })

  it('one observation on one day: a month around it, the band from the dot to the end', () => {
    const layout = timelineLayout([lane([obs('a', '2024-09-11', 'orientation')])], { start: null, end: null }, 0, 440)!
    expect(layout.span).toEqual({ from: '2024-09-04', to: '2024-10-18' })
    expect(layout.lanes[0]!.observations[0]!.x).toBe(70)
    expect(layout.lanes[0]!.bands).toEqual([expect.objectContaining({ phase: 'orientation', x: 70, width: 370 })])
    expect(layout.ticks.filter((t) => t.labelled).length).toBeGreaterThan(0)
  })

  it('all observations on one day: the last recorded phase is the only band', () => {
    const layout = timelineLayout([lane([obs('a', '2024-09-11', 'orientation'), obs('b', '2024-09-11', 'control')])], { start: null, end: null }, 0, 440)!
    expect(layout.lanes[0]!.bands.map((b) => b.phase)).toEqual(['control'])
    expect(layout.lanes[0]!.observations).toHaveLength(2)
  })

  it('observations after the last meeting and the community’s end widen the span to include them', () => {
    const layout = timelineLayout([lane([obs('a', '2019-01-09', 'orientation'), obs('b', '2020-03-04', 'closing')], ['2019-01-09', '2019-06-05'])], HEERLEN, 0, 1000)!
    expect(layout.span.to).toBe('2020-03-11')
    const last = layout.lanes[0]!.observations.at(-1)!
    expect(last.x).toBeLessThan(1000)
    expect(last.x).toBeGreaterThan(layout.lanes[0]!.meetings.at(-1)!.x)
  })
})
