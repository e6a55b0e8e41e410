import { describe, expect, it } from 'vitest'
import { Meeting, Participant } from '../../../shared/model'
import { attendanceGrid, setAttendance } from '../../../shared/logic/attendance'

const person = (id: string, name: string, active = true) => Participant.parse({ id, name, category: 'professional', active })

describe('attendance', () => {
  it('sets, changes and clears one person’s status', () => {
    let list = setAttendance([], 'p1', 'present')
    list = setAttendance(list, 'p2', 'excused')
    list = setAttendance(list, 'p1', 'absent')
    expect(list).toEqual([
      { participantId: 'p1', status: 'absent' },
      { participantId: 'p2', status: 'excused' },
    ])
    expect(setAttendance(list, 'p1', null)).toEqual([{ participantId: 'p2', status: 'excused' }])
  })

  it('builds the overview: held meetings as columns, people by name, counts and rate', () => {
    const meetings = [
      Meeting.parse({ id: 'm2', date: '2018-11-07', attendance: [{ participantId: 'a', status: 'excused' }, { participantId: 'b', status: 'present' }] }),
      Meeting.parse({ id: 'm1', date: '2018-10-03', attendance: [{ participantId: 'a', status: 'present' }, { participantId: 'c', status: 'present' }] }),
      Meeting.parse({ id: 'mx', date: '2018-10-20', status: 'cancelled', attendance: [{ participantId: 'a', status: 'absent' }] }),
      Meeting.parse({ id: 'm3', date: '2018-12-12', attendance: [{ participantId: 'a', status: 'absent' }] }),
      Meeting.parse({ id: 'future', date: '2019-06-01' }),
    ]
    const people = [person('b', 'Bram'), person('a', 'Anouk'), person('c', 'Cor (gestopt)', false), person('d', 'Dewi (gestopt, nooit geweest)', false)]
    const grid = attendanceGrid(meetings, people, '2019-01-01')
    expect(grid.meetings.map((m) => m.id)).toEqual(['m1', 'm2', 'm3'])
    expect(grid.rows.map((r) => r.participant.id)).toEqual(['a', 'b', 'c'])
    expect(grid.rows[0]).toMatchObject({ cells: ['present', 'excused', 'absent'], present: 1, excused: 1, absent: 1 })
    expect(grid.rows[0]?.rate).toBeCloseTo(1 / 3)
    expect(grid.rows[1]).toMatchObject({ cells: [null, 'present', null], rate: 1 })
    expect(grid.presentPerMeeting).toEqual([2, 1, 0])
  })

  it('limits the overview to one work group’s meetings', () => {
    const meetings = [
      Meeting.parse({ id: 'p', date: '2018-10-03' }),
      Meeting.parse({ id: 'w', date: '2018-10-10', kind: 'workGroup', workGroupId: 'wg1' }),
    ]
    expect(attendanceGrid(meetings, [], '2019-01-01', { workGroupId: 'wg1' }).meetings.map((m) => m.id)).toEqual(['w'])
  })
})
