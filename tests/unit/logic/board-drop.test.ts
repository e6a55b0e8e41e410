import { describe, expect, it } from 'vitest'
import {
  applyInsert,
  type ColumnLayout,
  effectiveIntent,
  endZoneId,
  insertIndex,
  keyboardIntent,
  keyboardPlace,
  keyboardStep,
  keyboardTarget,
  pointerIntent,
} from '../../../shared/logic/board-drop'
import type { BoardColumn } from '../../../shared/model'

/** Ingebracht [a b c d], Gekozen [e], Geparkeerd [] — the running example. */
const board = (): BoardColumn[] => [
  { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['a', 'b', 'c', 'd'] },
  { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ['e'] },
  { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: [] },
]
const order = (columns: readonly BoardColumn[]) => Object.fromEntries(columns.map((c) => [c.id, c.themeIds.join(' ')]))

describe('where a drop lands', () => {
  // Two columns side by side; cards 80 px high with 8 px gaps, the list starting at y = 100.
  //   col-candidate x 0–280:  a 104–184, b 192–272, c 280–360, d 368–448; list 100–600
  //   col-chosen   x 300–580: e 104–184; list 100–600
  const box = (top: number, left: number) => ({ top, bottom: top + 80, left, right: left + 280 })
  const layout: ColumnLayout[] = [
    {
      id: 'col-candidate',
      area: { top: 100, bottom: 600, left: 0, right: 280 },
      cards: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, box: box(104 + i * 88, 0) })),
    },
    { id: 'col-chosen', area: { top: 100, bottom: 600, left: 300, right: 580 }, cards: [{ id: 'e', box: box(104, 300) }] },
  ]
  const at = (x: number, y: number, active = 'a', merge = true) => pointerIntent(layout, active, { x, y }, merge)

  it('the middle half of another card merges; the outer quarters insert before or after it', () => {
    // b spans 192–272: quarters end at 212 and 252.
    expect(at(140, 232)).toEqual({ kind: 'merge', targetId: 'b' })
    expect(at(140, 213)).toEqual({ kind: 'merge', targetId: 'b' })
    expect(at(140, 200)).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'b' })
    expect(at(140, 260)).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'c' })
    // Without merging (allowMerge false), the halves decide.
    expect(at(140, 231, 'a', false)).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'b' })
    expect(at(140, 233, 'a', false)).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'c' })
  })

  it('gaps insert before the next card; below the last card is the end; above the list is the top', () => {
    expect(at(140, 276)).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'c' })
    expect(at(140, 440)).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: null })
    expect(at(140, 500)).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: null })
    expect(at(400, 300)).toEqual({ kind: 'insert', columnId: 'col-chosen', beforeId: null })
    expect(at(400, 60)).toEqual({ kind: 'insert', columnId: 'col-chosen', beforeId: 'e' })
    expect(at(400, 150)).toEqual({ kind: 'merge', targetId: 'e' })
  })

  it('nowhere over the dragged card itself, outside the columns, or far above them', () => {
    expect(at(140, 150)).toBeNull()
    expect(at(290, 300)).toBeNull()
    expect(at(140, 650)).toBeNull()
    expect(at(400, -10)).toBeNull()
    expect(at(140, 60)).toBeNull() // the top of a column whose first card is the dragged one
  })

  it('the keyboard takes the place of the card it is over; in another column it goes before it; end zones are the end', () => {
    const columns = board()
    expect(keyboardIntent(columns, 'a', 'b')).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'c' })
    expect(keyboardIntent(columns, 'a', 'd')).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: null })
    expect(keyboardIntent(columns, 'c', 'b')).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'b' })
    expect(keyboardIntent(columns, 'c', 'e')).toEqual({ kind: 'insert', columnId: 'col-chosen', beforeId: 'e' })
    expect(keyboardIntent(columns, 'c', endZoneId('col-parked'))).toEqual({ kind: 'insert', columnId: 'col-parked', beforeId: null })
    expect(keyboardIntent(columns, 'c', 'c')).toBeNull()
    expect(keyboardIntent(columns, 'c', null)).toBeNull()
    expect(keyboardIntent(columns, 'c', endZoneId('gone'))).toBeNull()
  })

  it('an insert that leaves the card in place is no drop; applying an insert moves the card', () => {
    const columns = board()
    expect(effectiveIntent(columns, 'b', { kind: 'insert', columnId: 'col-candidate', beforeId: 'c' })).toBeNull()
    expect(effectiveIntent(columns, 'b', { kind: 'insert', columnId: 'col-candidate', beforeId: 'b' })).toBeNull()
    expect(effectiveIntent(columns, 'd', { kind: 'insert', columnId: 'col-candidate', beforeId: null })).toBeNull()
    expect(effectiveIntent(columns, 'b', { kind: 'merge', targetId: 'b' })).toBeNull()
    expect(effectiveIntent(columns, 'b', { kind: 'insert', columnId: 'col-candidate', beforeId: 'd' })).not.toBeNull()
    expect(insertIndex(columns[0]!, 'b', 'd')).toBe(2)
    expect(order(applyInsert(columns, 'b', { kind: 'insert', columnId: 'col-candidate', beforeId: 'd' }))).toMatchObject({ 'col-candidate': 'a c b d' })
    expect(order(applyInsert(columns, 'a', { kind: 'insert', columnId: 'col-chosen', beforeId: 'e' }))).toMatchObject({ 'col-chosen': 'a e' })
    expect(order(applyInsert(columns, 'a', { kind: 'insert', columnId: 'col-parked', beforeId: null }))).toMatchObject({ 'col-parked': 'a' })
  })
})

describe('keyboard steps', () => {
  const columns = board()
  const place = (columnId: string, index: number) => ({ columnId, index })
  /** Where the card goes after the steps, as the board would do them: over a target, then the next key. */
  const walk = (activeId: string, steps: Parameters<typeof keyboardStep>[3][]) => {
    let over: string | null = null
    for (const step of steps) {
      const from = keyboardPlace(columns, activeId, over)!
      const to = keyboardStep(columns, activeId, from, step)
      if (to) over = keyboardTarget(columns, activeId, to)
    }
    return { over, intent: effectiveIntent(columns, activeId, keyboardIntent(columns, activeId, over)) }
  }

  it('picked up, the card is at its own place', () => {
    expect(keyboardPlace(columns, 'b', null)).toEqual(place('col-candidate', 1))
    expect(keyboardPlace(columns, 'b', 'b')).toEqual(place('col-candidate', 1))
    expect(keyboardPlace(columns, 'b', 'c')).toEqual(place('col-candidate', 2))
    expect(keyboardPlace(columns, 'b', endZoneId('col-chosen'))).toEqual(place('col-chosen', 1))
    expect(keyboardPlace(columns, 'x', null)).toBeNull()
  })

  it('up and down stay in the column and stop at its top and end', () => {
    expect(keyboardStep(columns, 'b', place('col-candidate', 1), 'down')).toEqual(place('col-candidate', 2))
    expect(keyboardStep(columns, 'b', place('col-candidate', 3), 'down')).toBeNull()
    expect(keyboardStep(columns, 'b', place('col-candidate', 0), 'up')).toBeNull()
    expect(keyboardStep(columns, 'b', place('col-chosen', 1), 'down')).toBeNull()
    expect(keyboardStep(columns, 'b', place('col-chosen', 1), 'up')).toEqual(place('col-chosen', 0))
    expect(keyboardStep(columns, 'b', place('col-candidate', 1), 'end')).toEqual(place('col-candidate', 3))
    expect(keyboardStep(columns, 'b', place('col-candidate', 3), 'top')).toEqual(place('col-candidate', 0))
    expect(keyboardStep(columns, 'b', place('col-candidate', 0), 'top')).toBeNull()
  })

  it('left and right keep the index as far as the other column is long', () => {
    expect(keyboardStep(columns, 'c', place('col-candidate', 2), 'right')).toEqual(place('col-chosen', 1))
    expect(keyboardStep(columns, 'a', place('col-candidate', 0), 'right')).toEqual(place('col-chosen', 0))
    expect(keyboardStep(columns, 'a', place('col-chosen', 1), 'right')).toEqual(place('col-parked', 0))
    expect(keyboardStep(columns, 'a', place('col-parked', 0), 'right')).toBeNull()
    expect(keyboardStep(columns, 'a', place('col-candidate', 0), 'left')).toBeNull()
    expect(keyboardStep(columns, 'a', place('col-chosen', 1), 'left')).toEqual(place('col-candidate', 1))
  })

  it('every place has a target that leads back to it', () => {
    for (const activeId of ['a', 'b', 'd', 'e']) {
      for (const column of columns) {
        const last = column.themeIds.filter((id) => id !== activeId).length
        for (let index = 0; index <= last; index++) {
          const target = keyboardTarget(columns, activeId, place(column.id, index))
          expect(keyboardPlace(columns, activeId, target)).toEqual(place(column.id, index))
        }
      }
    }
    expect(keyboardTarget(columns, 'a', place('col-candidate', 3))).toBe(endZoneId('col-candidate'))
    expect(keyboardTarget(columns, 'a', place('col-parked', 0))).toBe(endZoneId('col-parked'))
    expect(keyboardTarget(columns, 'a', place('gone', 0))).toBeNull()
  })

  it('walks: down past the card below, to the end, into the next column and back', () => {
    expect(walk('a', ['down']).intent).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'c' })
    expect(walk('a', ['down', 'down', 'down']).intent).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: null })
    expect(walk('a', ['end']).over).toBe(endZoneId('col-candidate'))
    expect(walk('a', ['down', 'up']).intent).toBeNull()
    expect(walk('c', ['right']).intent).toEqual({ kind: 'insert', columnId: 'col-chosen', beforeId: null })
    expect(walk('a', ['right']).intent).toEqual({ kind: 'insert', columnId: 'col-chosen', beforeId: 'e' })
    expect(walk('a', ['right', 'right']).intent).toEqual({ kind: 'insert', columnId: 'col-parked', beforeId: null })
    expect(walk('a', ['right', 'left']).intent).toBeNull()
    expect(walk('d', ['top']).intent).toEqual({ kind: 'insert', columnId: 'col-candidate', beforeId: 'a' })
  })
})
