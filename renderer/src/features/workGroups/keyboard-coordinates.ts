/**
 * Keyboard dragging on the work-group board: each arrow key jumps to the nearest drop target
 * (the list of participants or a work group) in that direction, instead of nudging the chip by
 * a few pixels. The picked-up chip is centred on the target, so closest-centre collision
 * detection lands exactly there. Up and down fall back to the previous / next target in
 * reading order when nothing lies straight above or below (the groups sit side by side).
 */
import type { ClientRect, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core'

const DIRECTIONS: Readonly<Record<string, { x: number; y: number }>> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
}

const centre = (rect: ClientRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })

export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = DIRECTIONS[event.code]
  if (!direction) return undefined
  event.preventDefault()
  const { active, collisionRect, droppableRects, droppableContainers, over } = context
  if (!active || !collisionRect) return undefined

  const fromRect = (over && droppableRects.get(over.id)) || collisionRect
  const from = centre(fromRect)
  const targets: Array<{ id: UniqueIdentifier; rect: ClientRect }> = []
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id)
    if (rect && container.id !== over?.id) targets.push({ id: container.id, rect })
  }

  let best: { rect: ClientRect; score: number } | null = null
  for (const target of targets) {
    const to = centre(target.rect)
    const along = (to.x - from.x) * direction.x + (to.y - from.y) * direction.y
    if (along <= 1) continue
    const across = Math.abs((to.x - from.x) * direction.y) + Math.abs((to.y - from.y) * direction.x)
    const score = along + 2 * across
    if (!best || score < best.score) best = { rect: target.rect, score }
  }

  if (!best && direction.x === 0) {
    // Reading order: left to right, then top to bottom.
    const row = (rect: ClientRect) => Math.round(rect.top / 40)
    const ordered = [...targets, { id: over?.id ?? '', rect: fromRect }].sort(
      (a, b) => row(a.rect) - row(b.rect) || a.rect.left - b.rect.left,
    )
    const here = ordered.findIndex((item) => item.rect === fromRect)
    const next = ordered[here + direction.y]
    if (next && next.rect !== fromRect) best = { rect: next.rect, score: 0 }
  }
  if (!best) return undefined

  const to = centre(best.rect)
  return { x: to.x - collisionRect.width / 2, y: to.y - collisionRect.height / 2 }
}
