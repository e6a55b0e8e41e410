import { describe, expect, it } from 'vitest'
import { changedSectionCount, comparePlanSnapshots, diffText } from '../../../shared/logic/plan-compare'
import { emptyPlanContent, type PlanSnapshot } from '../../../shared/logic/plans'
import { ActionResearchCycle } from '../../../shared/model'

const labels = { participant: (id: string) => `naam-${id}`, stakeholder: (id: string) => `sh-${id}` }
const snapshot = (content: Partial<PlanSnapshot['content']> = {}, actions: PlanSnapshot['actions'] = []): PlanSnapshot => ({
  content: { ...emptyPlanContent(), ...content },
  actions,
})

describe('word diff', () => {
  it('keeps shared words and marks removed and added words', () => {
    expect(diffText('Eenzaamheid bij ouderen eerder signaleren.', 'Eenzaamheid bij 75-plussers eerder signaleren.')).toEqual([
      { op: 'same', text: 'Eenzaamheid bij ' },
      { op: 'removed', text: 'ouderen' },
      { op: 'added', text: '75-plussers' },
      { op: 'same', text: ' eerder signaleren.' },
    ])
  })

  it('handles empty sides and equal texts', () => {
    expect(diffText('', '')).toEqual([])
    expect(diffText('zelfde', 'zelfde')).toEqual([{ op: 'same', text: 'zelfde' }])
    expect(diffText('', 'nieuw')).toEqual([{ op: 'added', text: 'nieuw' }])
    expect(diffText('weg', '')).toEqual([{ op: 'removed', text: 'weg' }])
  })

  it('shows a mostly rewritten text as old then new, not word salad', () => {
    expect(diffText('Preventie en vroegsignalering bij de overgang', 'Eenzaamheid onder 75-plussers eerder signaleren')).toEqual([
      { op: 'removed', text: 'Preventie en vroegsignalering bij de overgang' },
      { op: 'added', text: 'Eenzaamheid onder 75-plussers eerder signaleren' },
    ])
  })

  it('joins back to the old and the new text', () => {
    const before = 'Een advies aan het management over de voorzitter van het SBT.'
    const after = 'Een concreet advies aan het management van STAND-BY! over een vaste voorzitter per SBT.'
    const segments = diffText(before, after)
    expect(segments.filter((s) => s.op !== 'added').map((s) => s.text).join('')).toBe(before)
    expect(segments.filter((s) => s.op !== 'removed').map((s) => s.text).join('')).toBe(after)
  })
})

describe('comparing two versions section by section', () => {
  it('reports nothing changed for equal snapshots, every section in plan order', () => {
    const diffs = comparePlanSnapshots(snapshot({ objective: 'x' }), snapshot({ objective: 'x' }), labels)
    expect(diffs.map((d) => d.key)).toEqual([
      'background', 'objective', 'learningQuestions', 'intendedResults', 'actions', 'cycles',
      'involvedParticipantIds', 'stakeholderIds', 'otherStakeholders', 'milestones', 'evaluationApproach',
    ])
    expect(changedSectionCount(diffs)).toBe(0)
  })

  it('lists added, removed and changed items with the fields that changed', () => {
    const before = snapshot(
      {
        objective: 'Oud doel',
        learningQuestions: [{ id: 'q1', text: 'Vraag 1' }, { id: 'q2', text: 'Vraag 2' }, { id: 'q3', text: 'Vraag 3' }],
        involvedParticipantIds: ['p1', 'p2'],
        milestones: [{ id: 'm1', date: '2019-01-01', title: 'Advies', done: false }],
      },
      [{ id: 'a1', what: 'Interviews', ownerId: 'p1', deadline: '2019-01-01', status: 'open' }],
    )
    const after = snapshot(
      {
        objective: 'Nieuw doel',
        learningQuestions: [{ id: 'q1', text: 'Vraag 1' }, { id: 'q3', text: 'Vraag 3, scherper' }, { id: 'q4', text: 'Vraag 4' }],
        involvedParticipantIds: ['p2', 'p3'],
        milestones: [{ id: 'm1', date: '2019-02-01', title: 'Advies', done: true }],
      },
      [
        { id: 'a1', what: 'Interviews', ownerId: 'p1', deadline: '2019-01-01', status: 'done' },
        { id: 'a2', what: 'Analyse', ownerId: null, deadline: null, status: 'open' },
      ],
    )
    const diffs = comparePlanSnapshots(before, after, labels)
    const byKey = Object.fromEntries(diffs.map((d) => [d.key, d]))
    expect(changedSectionCount(diffs)).toBe(5)
    expect(byKey.objective).toMatchObject({ kind: 'text', changed: true })
    const questions = byKey.learningQuestions
    if (questions?.kind !== 'list') throw new Error('list expected')
    expect(questions.items.map((i) => [i.op, i.id])).toEqual([
      ['same', 'q1'],
      ['removed', 'q2'],
      ['changed', 'q3'],
      ['added', 'q4'],
    ])
    expect(questions.items[2]!.changes).toEqual([{ field: 'text', before: 'Vraag 3', after: 'Vraag 3, scherper' }])
    const people = byKey.involvedParticipantIds
    if (people?.kind !== 'list') throw new Error('list expected')
    expect(people.items.map((i) => [i.op, i.label])).toEqual([
      ['removed', 'naam-p1'],
      ['same', 'naam-p2'],
      ['added', 'naam-p3'],
    ])
    const milestones = byKey.milestones
    if (milestones?.kind !== 'list') throw new Error('list expected')
    expect(milestones.items[0]!.changes).toEqual([
      { field: 'date', before: '2019-01-01', after: '2019-02-01' },
      { field: 'done', before: false, after: true },
    ])
    const actions = byKey.actions
    if (actions?.kind !== 'list') throw new Error('list expected')
    expect(actions.items.map((i) => [i.op, i.id, i.changes.map((c) => c.field)])).toEqual([
      ['changed', 'a1', ['status']],
      ['added', 'a2', []],
    ])
  })

  it('names the changed steps of a cycle', () => {
    const cycle = ActionResearchCycle.parse({ id: 'c1', title: 'Pilot', try: { text: 'Training', date: '2019-03-01' } })
    const later = { ...cycle, saw: { text: 'Tien vrijwilligers', date: '2019-04-01' } }
    const diffs = comparePlanSnapshots(snapshot({ cycles: [cycle] }), snapshot({ cycles: [later] }), labels)
    const cycles = diffs.find((d) => d.key === 'cycles')
    if (cycles?.kind !== 'list') throw new Error('list expected')
    expect(cycles.items[0]).toMatchObject({ op: 'changed', label: 'Pilot' })
    expect(cycles.items[0]!.changes.map((c) => c.field)).toEqual(['saw.text', 'saw.date'])
  })
})
