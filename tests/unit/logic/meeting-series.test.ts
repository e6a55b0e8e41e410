import { describe, expect, it } from 'vitest'
import { Meeting, MeetingSeries } from '../../../shared/model'
import { dutchPublicHolidays, easterSunday, publicHolidayOn } from '../../../shared/logic/dutch-holidays'
import {
  buildSeriesMeetings,
  dateFlags,
  duplicateMeeting,
  seriesDates,
  splitMeetings,
} from '../../../shared/logic/meeting-series'
import { amsterdamIso, meetingInstants } from '../../../shared/logic/meeting-time'

describe('Dutch public holidays', () => {
  it.each([
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date)
  })

  it('lists the holidays of 2019 by hand', () => {
    expect(dutchPublicHolidays(2019)).toEqual([
      { date: '2019-01-01', name: 'Nieuwjaarsdag' },
      { date: '2019-04-19', name: 'Goede Vrijdag' },
      { date: '2019-04-21', name: 'Eerste Paasdag' },
      { date: '2019-04-22', name: 'Tweede Paasdag' },
      { date: '2019-04-27', name: 'Koningsdag' },
      { date: '2019-05-05', name: 'Bevrijdingsdag' },
      { date: '2019-05-30', name: 'Hemelvaartsdag' },
      { date: '2019-06-09', name: 'Eerste Pinksterdag' },
      { date: '2019-06-10', name: 'Tweede Pinksterdag' },
      { date: '2019-12-25', name: 'Eerste Kerstdag' },
      { date: '2019-12-26', name: 'Tweede Kerstdag' },
    ])
  })

  it('moves King’s Day to 26 April when the 27th is a Sunday (2025)', () => {
    expect(publicHolidayOn('2025-04-26')).toBe('Koningsdag')
    expect(publicHolidayOn('2025-04-27')).toBeNull()
  })

  it('knows Queen’s Day before 2014', () => {
    expect(publicHolidayOn('2013-04-30')).toBe('Koninginnedag')
  })

  it('finds Ascension and Whit Monday of 2024', () => {
    expect(publicHolidayOn('2024-05-09')).toBe('Hemelvaartsdag')
    expect(publicHolidayOn('2024-05-20')).toBe('Tweede Pinksterdag')
    expect(publicHolidayOn('2024-05-21')).toBeNull()
  })
})

const series = (fields: Partial<MeetingSeries> = {}): MeetingSeries =>
  MeetingSeries.parse({ id: 's1', title: 'Plenaire bijeenkomst', startDate: '2018-10-03', ...fields })

describe('series dates', () => {
  it('makes every 5 weeks from the start date until the end date, inclusive', () => {
    expect(seriesDates(series({ untilDate: '2019-01-16' }))).toEqual([
      '2018-10-03',
      '2018-11-07',
      '2018-12-12',
      '2019-01-16',
    ])
  })

  it('makes `count` meetings at another interval', () => {
    expect(seriesDates(series({ intervalWeeks: 2, count: 3 }))).toEqual(['2018-10-03', '2018-10-17', '2018-10-31'])
  })

  it('makes 10 when neither count nor end date is given', () => {
    expect(seriesDates(series())).toHaveLength(10)
  })

  it('FLAGS a date on a public holiday and keeps it where it is', () => {
    // A Monday series every 5 weeks from 18 March 2019 lands on Easter Monday.
    const dates = seriesDates(series({ startDate: '2019-03-18', intervalWeeks: 5, count: 3 }))
    expect(dates).toEqual(['2019-03-18', '2019-04-22', '2019-05-27'])
    expect(dateFlags('2019-04-22', [])).toEqual([{ kind: 'publicHoliday', name: 'Tweede Paasdag' }])
    expect(dateFlags('2019-03-18', [])).toEqual([])
  })

  it('FLAGS a date in a school-holiday period the facilitator marked, and not outside it', () => {
    const autumn = { id: 'h1', name: 'Herfstvakantie regio zuid', startDate: '2019-10-12', endDate: '2019-10-20' }
    expect(dateFlags('2019-10-16', [autumn])).toEqual([{ kind: 'schoolHoliday', name: 'Herfstvakantie regio zuid', periodId: 'h1' }])
    expect(dateFlags('2019-10-12', [autumn])).toHaveLength(1)
    expect(dateFlags('2019-10-20', [autumn])).toHaveLength(1)
    expect(dateFlags('2019-10-21', [autumn])).toEqual([])
  })

  it('flags both when a holiday falls inside a marked period', () => {
    const christmas = { id: 'h2', name: 'Kerstvakantie', startDate: '2018-12-22', endDate: '2019-01-06' }
    expect(dateFlags('2018-12-26', [christmas]).map((f) => f.kind)).toEqual(['publicHoliday', 'schoolHoliday'])
  })

  it('builds planned meetings that carry the series’ fields', () => {
    let n = 0
    const meetings = buildSeriesMeetings(series({ count: 2, locationId: 'loc-1', startTime: '19:00', endTime: '21:00' }), () => `m${++n}`)
    expect(meetings.map((m) => [m.id, m.date, m.seriesId, m.locationId, m.startTime, m.status])).toEqual([
      ['m1', '2018-10-03', 's1', 'loc-1', '19:00', 'planned'],
      ['m2', '2018-11-07', 's1', 'loc-1', '19:00', 'planned'],
    ])
    for (const meeting of meetings) expect(Meeting.parse(meeting)).toEqual(meeting)
  })
})

describe('times across summer and winter time', () => {
  it('keeps 19:30 local across the last Sunday of October and of March', () => {
    // 23 Oct 2019 is summer time, 27 Nov 2019 winter time, 1 Apr 2020 summer time again.
    const dates = seriesDates(series({ startDate: '2019-10-23', startTime: '19:30', endTime: '21:30', count: 4 }))
    expect(dates).toEqual(['2019-10-23', '2019-11-27', '2020-01-01', '2020-02-05'])
    expect(amsterdamIso('2019-10-23', '19:30')).toBe('2019-10-23T19:30:00+02:00')
    expect(amsterdamIso('2019-11-27', '19:30')).toBe('2019-11-27T19:30:00+01:00')
    expect(amsterdamIso('2020-04-01', '19:30')).toBe('2020-04-01T19:30:00+02:00')
    expect(meetingInstants({ date: '2019-10-23', startTime: '19:30', endTime: '21:30' }).start.toISOString()).toBe('2019-10-23T17:30:00.000Z')
    expect(meetingInstants({ date: '2019-11-27', startTime: '19:30', endTime: '21:30' }).start.toISOString()).toBe('2019-11-27T18:30:00.000Z')
  })

  it('handles the night of the change itself and an end after midnight', () => {
    expect(amsterdamIso('2019-03-31', '01:30')).toBe('2019-03-31T01:30:00+01:00')
    expect(amsterdamIso('2019-03-31', '19:30')).toBe('2019-03-31T19:30:00+02:00')
    const { start, end } = meetingInstants({ date: '2019-10-26', startTime: '22:00', endTime: '01:00' })
    expect(start.toISOString()).toBe('2019-10-26T20:00:00.000Z')
    // 01:00 on 27 October is still summer time (the clock goes back at 03:00).
    expect(end.toISOString()).toBe('2019-10-26T23:00:00.000Z')
  })
})

describe('past and upcoming, duplicating', () => {
  const m = (id: string, date: string, startTime = '19:30') => Meeting.parse({ id, date, startTime })

  it('splits on today: today counts as upcoming, past is most recent first', () => {
    const { upcoming, past } = splitMeetings([m('c', '2019-02-20'), m('a', '2018-10-03'), m('b', '2018-11-07'), m('d', '2019-02-20', '10:00')], '2019-02-20')
    expect(upcoming.map((x) => x.id)).toEqual(['d', 'c'])
    expect(past.map((x) => x.id)).toEqual(['b', 'a'])
  })

  it('duplicates the agenda without minutes, and leaves roles, attendance and the series behind', () => {
    const original = Meeting.parse({
      id: 'm1',
      date: '2018-10-03',
      seriesId: 's1',
      title: 'Plenair',
      roles: [{ role: 'chair', participantId: 'p1' }],
      attendance: [{ participantId: 'p1', status: 'present' }],
      agenda: [{ id: 'a1', title: 'Opening', notes: 'welkom', decisions: [{ id: 'd1', text: 'x' }], actualSeconds: 300 }],
      chairing: { startedAt: '2018-10-03T19:30:00+02:00' },
    })
    let n = 0
    const copy = duplicateMeeting(original, '2018-10-10', () => `new${++n}`)
    expect(copy).toMatchObject({ id: 'new1', date: '2018-10-10', seriesId: null, title: 'Plenair', roles: [], attendance: [], chairing: null })
    expect(copy.agenda).toEqual([{ ...original.agenda[0], id: 'new2', notes: '', decisions: [], actualSeconds: null }])
    expect(original.agenda[0]?.notes).toBe('welkom')
  })
})
