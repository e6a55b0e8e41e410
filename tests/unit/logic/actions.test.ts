import { describe, expect, it } from 'vitest'
import { Action, Meeting } from '../../../shared/model'
import {
  countActions,
  emptyActionFilter,
  filterActions,
  isOverdue,
  meetingGroupIndex,
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
