import { describe, expect, it } from 'vitest'
import {
  actionsOfGroup,
  adoptPlan,
  changedSinceAdoption,
  createPlan,
  currentSnapshot,
  effectiveStatus,
  latestVersion,
  milestonesByDate,
  planProgress,
} from '../../../shared/logic/plans'
import { Action, Plan, Theme, type WorkGroup } from '../../../shared/model'

const theme = Theme.parse({
  id: 't-preventie',
  title: 'Preventie en vroegsignalering',
  learningQuestions: [
    { id: 'lq-1', text: 'Hoe kunnen sociale buurtteams preventie en vroegsignalering invullen?' },
    { id: 'lq-2', text: 'Hoe zorgen we voor een warme overdracht als een jongere 18 wordt?' },
  ],
})
const group: WorkGroup = { id: 'wg-2', themeId: 't-preventie', name: 'Preventie', memberIds: ['p-13', 'p-06'], leadId: 'p-13' }
const action = (id: string, workGroupId: string | null, status: Action['status'] = 'open'): Action =>
  Action.parse({ id, what: `Actie ${id}`, workGroupId, status })

describe('creating a plan', () => {
  it('copies the theme’s learning questions with new ids and takes the members as betrokkenen', () => {
    const plan = createPlan('plan-2', group, theme)
    expect(plan.status).toBe('draft')
    expect(plan.learningQuestions).toEqual([
      { id: 'plan-2-lq-1', text: 'Hoe kunnen sociale buurtteams preventie en vroegsignalering invullen?' },
      { id: 'plan-2-lq-2', text: 'Hoe zorgen we voor een warme overdracht als een jongere 18 wordt?' },
    ])
    expect(plan.involvedParticipantIds).toEqual(['p-13', 'p-06'])
    // The plan is a valid file record, and editing it leaves the theme and group alone.
    expect(Plan.parse(plan)).toEqual(plan)
    plan.learningQuestions[0]!.text = 'Anders'
    plan.involvedParticipantIds.push('p-99')
    expect(theme.learningQuestions[0]!.text).toMatch(/^Hoe kunnen/)
    expect(group.memberIds).toEqual(['p-13', 'p-06'])
  })

  it('works without a theme (deleted): no learning questions', () => {
    expect(createPlan('p', group, undefined).learningQuestions).toEqual([])
  })
})

describe('actions of a plan are the shared actions of its work group', () => {
  it('filters by workGroupId in stored order, with actions of the group’s meetings', () => {
    const fromMeeting = Action.parse({ id: 'a5', what: 'x', meetingId: 'm-wg2' })
    const actions = [action('a1', 'wg-2'), action('a2', null), action('a3', 'wg-1'), action('a4', 'wg-2'), fromMeeting]
    expect(actionsOfGroup(actions, 'wg-2').map((a) => a.id)).toEqual(['a1', 'a4'])
    const meetings = [{ id: 'm-wg2', workGroupId: 'wg-2' }, { id: 'm-plenair', workGroupId: null }]
    expect(actionsOfGroup(actions, 'wg-2', meetings).map((a) => a.id)).toEqual(['a1', 'a4', 'a5'])
  })
})

describe('adopting a version (vaststellen)', () => {
  const base = { ...createPlan('plan-2', group, theme), objective: 'Eenzaamheid eerder signaleren.' }
  const actions = [action('a1', 'wg-2')]

  it('keeps a snapshot with the group’s actions as version 1, then 2', () => {
    const v1 = adoptPlan(base, actions, { versionId: 'v1', adoptedAt: '2018-11-07T21:00:00+01:00', note: 'bijeenkomst 7 november' })
    expect(v1.status).toBe('adopted')
    expect(v1.versions).toHaveLength(1)
    expect(v1.versions[0]).toMatchObject({ id: 'v1', number: 1, note: 'bijeenkomst 7 november' })
    expect(v1.versions[0]!.content.objective).toBe('Eenzaamheid eerder signaleren.')
    expect(v1.versions[0]!.actions.map((a) => a.id)).toEqual(['a1'])
    const v2 = adoptPlan({ ...v1, objective: 'Anders' }, actions, { versionId: 'v2', adoptedAt: '2019-01-09T21:00:00+01:00' })
    expect(v2.versions.map((v) => v.number)).toEqual([1, 2])
    expect(latestVersion(v2)?.id).toBe('v2')
    // The first snapshot is not affected by later edits.
    expect(v2.versions[0]!.content.objective).toBe('Eenzaamheid eerder signaleren.')
  })

  it('is a concept again once the plan or one of its actions changes, and vastgesteld when changed back', () => {
    const adopted = adoptPlan(base, actions, { versionId: 'v1', adoptedAt: '2018-11-07T21:00:00+01:00' })
    expect(effectiveStatus(adopted, actions)).toBe('adopted')
    expect(changedSinceAdoption(adopted, actions)).toBe(false)
    expect(effectiveStatus({ ...adopted, objective: 'Nieuw doel' }, actions)).toBe('draft')
    expect(effectiveStatus(adopted, [{ ...actions[0]!, status: 'done' }])).toBe('draft')
    expect(effectiveStatus(adopted, [...actions, action('a9', 'wg-2')])).toBe('draft')
    expect(effectiveStatus(base, actions)).toBe('draft')
  })

  it('the current snapshot is detached from the plan', () => {
    const snap = currentSnapshot(base, actions)
    snap.content.learningQuestions[0]!.text = 'gewijzigd'
    expect(base.learningQuestions[0]!.text).not.toBe('gewijzigd')
  })
})

describe('milestones and progress', () => {
  it('sorts milestones by date, undated last, stable among equals', () => {
    const ms = [
      { id: 'm1', date: null, title: 'ooit', done: false },
      { id: 'm2', date: '2019-03-01', title: 'b', done: false },
      { id: 'm3', date: '2018-12-01', title: 'a', done: true },
      { id: 'm4', date: '2019-03-01', title: 'c', done: false },
    ]
    expect(milestonesByDate(ms).map((m) => m.id)).toEqual(['m3', 'm2', 'm4', 'm1'])
  })

  it('counts done actions and milestones, leaving cancelled actions out', () => {
    const plan = { ...createPlan('p', group, theme), milestones: [{ id: 'm', date: null, title: 'x', done: true }] }
    const actions = [action('a', 'wg-2', 'done'), action('b', 'wg-2', 'open'), action('c', 'wg-2', 'cancelled')]
    expect(planProgress(plan, actions)).toEqual({ actionsDone: 1, actionsTotal: 2, milestonesDone: 1, milestonesTotal: 1 })
  })
})
