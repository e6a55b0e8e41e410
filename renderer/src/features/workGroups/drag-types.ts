/** What a dragged chip and a drop target carry (dnd-kit `data`), and their ids. */

export interface DragData {
  participantId: string
  name: string
  /** The group the chip was dragged out of; null when it comes from the pool. */
  fromGroupId: string | null
}

export interface DropData {
  /** null: the pool (dropping a member there takes them out of their group). */
  groupId: string | null
  label: string
  themeId: string | null
}

export const poolDragId = (participantId: string) => `pool:${participantId}`
export const memberDragId = (groupId: string, participantId: string) => `member:${groupId}:${participantId}`
export const POOL_DROP_ID = 'drop:pool'
export const groupDropId = (groupId: string) => `drop:${groupId}`
