import { describe, expect, it } from 'vitest'
import { Action, Meeting } from '../../../shared/model'
import {
  actionsFrom,
  countActions,
  detachFromAgendaItem,
  detachFromMeeting,
  emptyActionFilter,
  filterActions,
  isOverdue,
  meetingGroupIndex,
  workGroupForNewAction,
} from '../../../shared/logic/actions'

const a = (id: string, fields: Partial<Action> = {}): Action => Action.parse({ id, what: `Actie ${id}`, ...fields })
const today = '2019-03-01'

const actions = [
  a('1', { what: 'Zaal reserveren in buurtcentrum ’t Heitje', ownerId: 'p1', deadline: '2019-02-20' }),
  a('2', { what: 'Flyer eenzaamheid drukken', ownerId: 'p2', deadline: '2019-03-15', status: 'inProgress', workGroupId: 'wg-prev' }),
  a('3', { what: 'Verslag rondsturen', ownerId: 'p1', deadline: '2019-02-01', status: 'done' }),
  a('4', { what: 'Café-bijeenkomst vrijwilligers plannen', ownerId: null, deadline: null, meetingId: 'm-wg' }),
  a('5', { what: 'Contact met huisartsenpraktijk', ownerId: 'p2', deadline: '2019-03-01', status: 'cancelled' }),
  a('6', { what: 'Gastspreker vragen', ownerId: 'p3', deadline: '2019-02-28', createdAt: '2019-01-02T10:00:00+01:00' }),
]
const meetings = meetingGroupIndex([Meeting.parse({ id: 'm-wg', date: '2019-01-10', kind: 'workGroup', workGroupId: 'wg-burger' })])
const ids = (list: Action[]) => list.map((x) => x.id)

describe('action list filters', () => {
  it('open: open and in progress, deadline first, no deadline last', () => {
    expect(ids(filterActions(actions, emptyActionFilter, today, meetings))).toEqual(['1', '6', '2', '4'])
  })

  it('overdue: open with a deadline before today (a deadline today is not overdue)', () => {
    expect(ids(filterActions(actions, { ...emptyActionFilter, view: 'overdue' }, today))).toEqual(['1', '6'])
    expect(isOverdue(actions[4]!, today)).toBe(false)
    expect(isOverdue({ status: 'open', deadline: '2019-03-01' }, today)).toBe(false)
    expect(isOverdue(actions[2]!, today)).toBe(false)
  })

  it('done and all', () => {
    expect(ids(filterActions(actions, { ...emptyActionFilter, view: 'done' }, today))).toEqual(['3'])
    expect(ids(filterActions(actions, { ...emptyActionFilter, view: 'all' }, today))).toEqual(['3', '1', '6', '5', '2', '4'])
  })

  it('per person, and those without an owner', () => {
    expect(ids(filterActions(actions, { ...emptyActionFilter, view: 'all', ownerId: 'p1' }, today))).toEqual(['3', '1'])
    expect(ids(filterActions(actions, { ...emptyActionFilter, ownerId: 'nobody' }, today))).toEqual(['4'])
  })

  it('per work group: directly or through a work-group meeting', () => {
    expect(ids(filterActions(actions, { ...emptyActionFilter, workGroupId: 'wg-burger' }, today, meetings))).toEqual(['4'])
    expect(ids(filterActions(actions, { ...emptyActionFilter, workGroupId: 'wg-prev' }, today, meetings))).toEqual(['2'])
  })

  it('searches words in any order, ignoring case and accents', () => {
    expect(ids(filterActions(actions, { ...emptyActionFilter, query: 'cafe PLANNEN' }, today))).toEqual(['4'])
    expect(ids(filterActions(actions, { ...emptyActionFilter, query: 'heitje zaal' }, today))).toEqual(['1'])
    expect(ids(filterActions(actions, { ...emptyActionFilter, query: 'bestaat niet' }, today))).toEqual([])
  })

  it('combines filters', () => {
    expect(ids(filterActions(actions, { view: 'overdue', ownerId: 'p3', workGroupId: null, query: 'gast' }, today))).toEqual(['6'])
  })

  it('counts per view', () => {
    expect(countActions(actions, today)).toEqual({ open: 4, overdue: 2, done: 1, all: 6 })
  })

  it('leaves the input alone', () => {
    const before = ids(actions)
    filterActions(actions, { ...emptyActionFilter, view: 'all' }, today)
    expect(ids(actions)).toEqual(before)
  })
})

describe('actions when their meeting or agenda item goes', () => {
  const made = [
    a('m1', { meetingId: 'm-wg', agendaItemId: 'i1' }),
    a('m2', { meetingId: 'm-wg', agendaItemId: 'i2', workGroupId: 'wg-prev' }),
    a('m3', { meetingId: 'm-wg', agendaItemId: null, status: 'done' }),
    a('other', { meetingId: 'm-plenary', agendaItemId: 'i1' }),
    a('loose', { workGroupId: 'wg-burger' }),
  ]

  it('finds the actions of a meeting and of one of its items', () => {
    expect(ids(actionsFrom(made, 'm-wg'))).toEqual(['m1', 'm2', 'm3'])
    expect(ids(actionsFrom(made, 'm-wg', 'i1'))).toEqual(['m1'])
  })

  it('removing a meeting keeps its actions, detached, in the work group they belonged to through it', () => {
    const after = detachFromMeeting(made, { id: 'm-wg', workGroupId: 'wg-burger' })
    expect(after).toHaveLength(5)
    expect(after.map((x) => [x.id, x.meetingId, x.agendaItemId, x.workGroupId, x.status])).toEqual([
      ['m1', null, null, 'wg-burger', 'open'],
      ['m2', null, null, 'wg-prev', 'open'],
      ['m3', null, null, 'wg-burger', 'done'],
      ['other', 'm-plenary', 'i1', null, 'open'],
      ['loose', null, null, 'wg-burger', 'open'],
    ])
    // Still in the group's filter without the meeting; the others are the same objects.
    expect(ids(filterActions(after, { ...emptyActionFilter, view: 'all', workGroupId: 'wg-burger' }, today)).sort()).toEqual(['loose', 'm1', 'm3'])
    expect(after[3]).toBe(made[3])
    expect(made[0]?.meetingId).toBe('m-wg')
  })

  it('removing a plenary meeting gives its actions no group', () => {
    expect(detachFromMeeting(made, { id: 'm-plenary', workGroupId: null })[3]).toMatchObject({ meetingId: null, agendaItemId: null, workGroupId: null })
  })

  it('removing an agenda item keeps its actions with the meeting', () => {
    const after = detachFromAgendaItem(made, 'm-wg', 'i1')
    expect(after.map((x) => [x.id, x.meetingId, x.agendaItemId])).toEqual([
      ['m1', 'm-wg', null],
      ['m2', 'm-wg', 'i2'],
      ['m3', 'm-wg', null],
      ['other', 'm-plenary', 'i1'],
      ['loose', null, null],
    ])
    expect(after[3]).toBe(made[3])
  })

  it('a new action at a meeting belongs to its work group, or to the one group its item is about', () => {
    expect(workGroupForNewAction({ workGroupId: 'wg-1' }, { workGroupIds: ['wg-2'] })).toBe('wg-1')
    expect(workGroupForNewAction({ workGroupId: null }, { workGroupIds: ['wg-2'] })).toBe('wg-2')
    expect(workGroupForNewAction({ workGroupId: null }, { workGroupIds: ['wg-2', 'wg-3'] })).toBeNull()
    expect(workGroupForNewAction({ workGroupId: null }, null)).toBeNull()
  })
})
