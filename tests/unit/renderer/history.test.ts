import { describe, expect, it } from 'vitest'
import { HISTORY_LIMIT, MERGE_WINDOW_MS, record, redo, startHistory, undo } from '../../../renderer/src/app/history'

describe('session undo history', () => {
  it('undoes and redoes edits in order', () => {
    let h = startHistory('a')
    h = record(h, 'b', undefined, 0)
    h = record(h, 'c', undefined, 10)
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(undo(h)).toBe(h)
    h = redo(redo(h))
    expect(h.present).toBe('c')
    expect(redo(h)).toBe(h)
  })

  it('merges a burst of typing in one field into one step', () => {
    let h = startHistory('')
    h = record(h, 'W', 'community.region', 0)
    h = record(h, 'Wi', 'community.region', 200)
    h = record(h, 'Wij', 'community.region', 400)
    expect(h.past).toEqual([''])
    expect(undo(h).present).toBe('')
  })

  it('starts a new step after a pause, in another field, or without a merge key', () => {
    let h = startHistory('')
    h = record(h, 'a', 'x', 0)
    h = record(h, 'ab', 'x', MERGE_WINDOW_MS + 1)
    h = record(h, 'abc', 'y', MERGE_WINDOW_MS + 2)
    h = record(h, 'abcd', undefined, MERGE_WINDOW_MS + 3)
    h = record(h, 'abcde', undefined, MERGE_WINDOW_MS + 4)
    expect(h.past).toEqual(['', 'a', 'ab', 'abc', 'abcd'])
  })

  it('does not merge into a step that was undone and redone', () => {
    let h = startHistory('')
    h = record(h, 'a', 'x', 0)
    h = redo(undo(h))
    h = record(h, 'ab', 'x', 10)
    expect(h.past).toEqual(['', 'a'])
  })

  it('a new edit clears the redo stack', () => {
    let h = record(record(startHistory(0), 1, undefined, 0), 2, undefined, 1)
    h = record(undo(h), 5, undefined, 2)
    expect(h.future).toEqual([])
    expect(redo(h)).toBe(h)
  })

  it('ignores a change that changes nothing', () => {
    const h = startHistory('same')
    expect(record(h, 'same', undefined, 0)).toBe(h)
  })

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = startHistory(0)
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = record(h, i, undefined, i)
    expect(h.past).toHaveLength(HISTORY_LIMIT)
    expect(h.past[0]).toBe(20)
  })
})
