/**
 * Where a card dropped on the theme board lands, as pure functions: the drop intent (insert
 * before a card or at a column's end, or merge into a card), from the pointer's position over
 * the laid-out columns or from the card a keyboard move is over, and the keyboard's steps.
 */
import type { BoardColumn } from '../model'
import { moveTheme } from './board'

/** Put the card before `beforeId` in a column (null: at the end), or merge it into another card. */
export type DropIntent = { kind: 'insert'; columnId: string; beforeId: string | null } | { kind: 'merge'; targetId: string }

export const sameIntent = (a: DropIntent | null, b: DropIntent | null): boolean => {
  if (a === null || b === null) return a === b
  if (a.kind === 'merge') return b.kind === 'merge' && a.targetId === b.targetId
  return b.kind === 'insert' && a.columnId === b.columnId && a.beforeId === b.beforeId
}

/** The index `moveTheme` needs for an insert intent (in the column without the card). */
export function insertIndex(column: Pick<BoardColumn, 'themeIds'>, themeId: string, beforeId: string | null): number {
  const rest = column.themeIds.filter((id) => id !== themeId)
  if (beforeId === null) return rest.length
  const at = rest.indexOf(beforeId)
  return at < 0 ? rest.length : at
}

/** An insert that leaves the card where it is is no drop at all (null). */
export function effectiveIntent(columns: readonly BoardColumn[], themeId: string, intent: DropIntent | null): DropIntent | null {
  if (intent === null) return null
  if (intent.kind === 'merge') return intent.targetId === themeId ? null : intent
  const column = columns.find((c) => c.id === intent.columnId)
  if (!column) return null
  if (intent.beforeId === themeId) return null
  const current = column.themeIds.indexOf(themeId)
  if (current >= 0 && insertIndex(column, themeId, intent.beforeId) === current) return null
  return intent
}

/** Applies an intent to the board columns (merges are not column changes: see mergeThemes). */
export function applyInsert(columns: readonly BoardColumn[], themeId: string, intent: Extract<DropIntent, { kind: 'insert' }>): BoardColumn[] {
  const column = columns.find((c) => c.id === intent.columnId)
  if (!column) return columns as BoardColumn[]
  return moveTheme(columns, themeId, column.id, insertIndex(column, themeId, intent.beforeId))
}

export interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/** One column as laid out on screen: the visible part of its card list and its cards, top to bottom. */
export interface ColumnLayout {
  id: string
  /** The visible card list (a scrolled list's cards may lie outside it). */
  area: Box
  cards: ReadonlyArray<{ id: string; box: Box }>
}

/** The middle half of a card (by height) merges; the outer quarters insert before or after. */
export const MERGE_ZONE = 0.5
/** Above the card list (over the column's header), this far still counts as "at the top". */
const ABOVE_LIST = 96

/**
 * Where a pointer drop lands:
 * - over the middle half of another card: merge into that card;
 * - over the top quarter of a card, or in the gap above it: before that card;
 * - over the bottom quarter: after it (before the next card, or at the end);
 * - below the last card, anywhere in the column's list: at the end;
 * - just above the list (the column header): at the top;
 * - over the dragged card itself, or outside every column: nowhere (null).
 * `allowMerge` false turns the merge zone into before/after halves.
 */
export function pointerIntent(
  layout: readonly ColumnLayout[],
  activeId: string,
  pointer: { x: number; y: number },
  allowMerge = true,
): DropIntent | null {
  const column = layout.find((c) => pointer.x >= c.area.left && pointer.x <= c.area.right)
  if (!column || pointer.y > column.area.bottom) return null
  const cards = column.cards
  if (pointer.y < column.area.top) {
    if (pointer.y < column.area.top - ABOVE_LIST) return null
    const first = cards[0]
    if (first?.id === activeId) return null
    return { kind: 'insert', columnId: column.id, beforeId: first?.id ?? null }
  }
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!
    if (pointer.y < card.box.top) return card.id === activeId ? null : { kind: 'insert', columnId: column.id, beforeId: card.id }
    if (pointer.y > card.box.bottom) continue
    if (card.id === activeId) return null
    const height = Math.max(1, card.box.bottom - card.box.top)
    const at = (pointer.y - card.box.top) / height
    const edge = allowMerge ? (1 - MERGE_ZONE) / 2 : 0.5
    if (at < edge) return { kind: 'insert', columnId: column.id, beforeId: card.id }
    if (at > 1 - edge) return { kind: 'insert', columnId: column.id, beforeId: cards[i + 1]?.id ?? null }
    return { kind: 'merge', targetId: card.id }
  }
  return { kind: 'insert', columnId: column.id, beforeId: null }
}

/**
 * Where a keyboard drop lands when the card is over `overId` (a card, or a column's end zone
 * `endZoneId(columnId)`): within its own column the card takes the place of the card it is over
 * (after it when moving down, before it when moving up); in another column it goes before
 * that card; over an end zone at the end of that column.
 */
export function keyboardIntent(columns: readonly BoardColumn[], activeId: string, overId: string | null): DropIntent | null {
  if (overId === null || overId === activeId) return null
  const endColumn = columnIdOfEndZone(overId)
  if (endColumn !== null) return columns.some((c) => c.id === endColumn) ? { kind: 'insert', columnId: endColumn, beforeId: null } : null
  const over = columns.find((c) => c.themeIds.includes(overId))
  if (!over) return null
  const activeIndex = over.themeIds.indexOf(activeId)
  const overIndex = over.themeIds.indexOf(overId)
  if (activeIndex >= 0 && overIndex > activeIndex) return { kind: 'insert', columnId: over.id, beforeId: over.themeIds[overIndex + 1] ?? null }
  return { kind: 'insert', columnId: over.id, beforeId: overId }
}

const END_ZONE = 'end-of-column:'
/** The droppable id of the area below a column's last card. */
export const endZoneId = (columnId: string): string => `${END_ZONE}${columnId}`
export const columnIdOfEndZone = (id: string): string | null => (id.startsWith(END_ZONE) ? id.slice(END_ZONE.length) : null)

// ---------------------------------------------------------------------------------------------
// Keyboard steps

/** A place a card moved by keyboard can go: a column and its index there (counted without the card). */
export interface KeyboardPlace {
  columnId: string
  index: number
}

/** What a key does to a card being moved: a step up or down its column, to the next column, or to the top or end. */
export type KeyboardStep = 'up' | 'down' | 'left' | 'right' | 'top' | 'end'

const columnWithout = (column: BoardColumn, activeId: string) => column.themeIds.filter((id) => id !== activeId).length

/** Where the card would go now, from what it is over (nothing, or itself: its own place). */
export function keyboardPlace(columns: readonly BoardColumn[], activeId: string, overId: string | null): KeyboardPlace | null {
  const intent = effectiveIntent(columns, activeId, keyboardIntent(columns, activeId, overId))
  if (intent?.kind === 'insert') {
    const column = columns.find((c) => c.id === intent.columnId)!
    return { columnId: column.id, index: insertIndex(column, activeId, intent.beforeId) }
  }
  const own = columns.find((c) => c.themeIds.includes(activeId))
  return own ? { columnId: own.id, index: own.themeIds.indexOf(activeId) } : null
}

/**
 * The place a key takes the card to, or null when it goes nowhere (up at the top, left of the
 * first column). Up and down stay in the column; left and right keep the index as far as the
 * other column is long (else its end); top and end are the first and the last place.
 */
export function keyboardStep(columns: readonly BoardColumn[], activeId: string, from: KeyboardPlace, step: KeyboardStep): KeyboardPlace | null {
  const at = columns.findIndex((c) => c.id === from.columnId)
  const column = columns[at]
  if (!column) return null
  const last = columnWithout(column, activeId)
  const to = (index: number): KeyboardPlace | null => (index === from.index || index < 0 || index > last ? null : { columnId: column.id, index })
  switch (step) {
    case 'up':
      return to(from.index - 1)
    case 'down':
      return to(from.index + 1)
    case 'top':
      return to(0)
    case 'end':
      return to(last)
    case 'left':
    case 'right': {
      const next = columns[at + (step === 'left' ? -1 : 1)]
      return next ? { columnId: next.id, index: Math.min(from.index, columnWithout(next, activeId)) } : null
    }
  }
}

/**
 * What the card must be over to go to `place` (the inverse of keyboardPlace): the card now at
 * that index, or the column's end zone for its last place. In the card's own column the card
 * itself stands for its own place, and a card below it for the place right after that card.
 */
export function keyboardTarget(columns: readonly BoardColumn[], activeId: string, place: KeyboardPlace): string | null {
  const column = columns.find((c) => c.id === place.columnId)
  if (!column) return null
  if (place.index >= columnWithout(column, activeId)) return endZoneId(column.id)
  return column.themeIds[place.index] ?? endZoneId(column.id)
}
