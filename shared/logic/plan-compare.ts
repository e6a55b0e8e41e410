/**
 * Compare two versions of a plan of approach, section by section, in a form a person can read:
 * texts as a word diff (kept, added, removed), lists (learning questions, cycles, milestones,
 * actions, people) as added / removed / changed items with the fields that changed.
 */
import type { ActionResearchCycle, Milestone, PlanActionSnapshot } from '../model'
import type { PlanSnapshot } from './plans'

export type DiffOp = 'same' | 'added' | 'removed'

export interface TextSegment {
  op: DiffOp
  text: string
}

export const textSections = ['background', 'objective', 'intendedResults', 'otherStakeholders', 'evaluationApproach'] as const
export type TextSectionKey = (typeof textSections)[number]

export const listSections = ['learningQuestions', 'cycles', 'milestones', 'actions', 'involvedParticipantIds', 'stakeholderIds'] as const
export type ListSectionKey = (typeof listSections)[number]

/** The order in which sections appear in the plan, the editor and the comparison. */
export const planSectionOrder = [
  'background',
  'objective',
  'learningQuestions',
  'intendedResults',
  'actions',
  'cycles',
  'involvedParticipantIds',
  'stakeholderIds',
  'otherStakeholders',
  'milestones',
  'evaluationApproach',
] as const satisfies readonly (TextSectionKey | ListSectionKey)[]
export type PlanSectionKey = (typeof planSectionOrder)[number]

export interface FieldChange {
  field: string
  before: string | boolean | null
  after: string | boolean | null
}

export interface ItemDiff {
  op: 'added' | 'removed' | 'changed' | 'same'
  id: string
  /** A label for the item in the newer version (or the older one, when removed). */
  label: string
  changes: FieldChange[]
}

export type SectionDiff =
  | { kind: 'text'; key: TextSectionKey; changed: boolean; segments: TextSegment[] }
  | { kind: 'list'; key: ListSectionKey; changed: boolean; items: ItemDiff[] }

/** Word tokens with the whitespace that follows kept as its own token, so joining restores the text. */
const tokenize = (text: string): string[] => text.split(/(\s+)/u).filter((t) => t !== '')

/** Above this many tokens on both sides, a changed text is shown as removed + added (no LCS table). */
const MAX_TOKENS = 2000

function merge(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = []
  for (const s of segments) {
    const last = merged[merged.length - 1]
    if (last && last.op === s.op) last.text += s.text
    else merged.push({ ...s })
  }
  return merged
}

/** A word-level diff of two texts (longest common subsequence of tokens). */
export function diffText(before: string, after: string): TextSegment[] {
  if (before === after) return before === '' ? [] : [{ op: 'same', text: before }]
  const a = tokenize(before)
  const b = tokenize(after)
  if (a.length * b.length > MAX_TOKENS * MAX_TOKENS || a.length === 0 || b.length === 0) {
    return [
      ...(before ? [{ op: 'removed' as const, text: before }] : []),
      ...(after ? [{ op: 'added' as const, text: after }] : []),
    ]
  }
  const cols = b.length + 1
  const table = new Uint32Array((a.length + 1) * cols)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!)
    }
  }
  const out: TextSegment[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i]! })
      i++
      j++
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) {
      out.push({ op: 'removed', text: a[i++]! })
    } else {
      out.push({ op: 'added', text: b[j++]! })
    }
  }
  while (i < a.length) out.push({ op: 'removed', text: a[i++]! })
  while (j < b.length) out.push({ op: 'added', text: b[j++]! })
  // A text that was mostly rewritten reads better as the old text struck through, then the new one.
  const kept = out.filter((s) => s.op === 'same' && s.text.trim() !== '').length
  const words = Math.max(a.filter((t) => t.trim() !== '').length, b.filter((t) => t.trim() !== '').length)
  if (kept < words * 0.4) return [{ op: 'removed', text: before }, { op: 'added', text: after }]
  return merge(out)
}

interface Keyed {
  id: string
}

/** Compare two id-keyed lists: items in the newer order, removed ones after the item they followed. */
function diffList<T extends Keyed>(
  before: readonly T[],
  after: readonly T[],
  label: (item: T) => string,
  fields: (a: T, b: T) => FieldChange[],
): ItemDiff[] {
  const old = new Map(before.map((item) => [item.id, item]))
  const fresh = new Set(after.map((item) => item.id))
  const result: ItemDiff[] = []
  for (const item of after) {
    const previous = old.get(item.id)
    if (!previous) {
      result.push({ op: 'added', id: item.id, label: label(item), changes: [] })
      continue
    }
    const changes = fields(previous, item)
    result.push({ op: changes.length > 0 ? 'changed' : 'same', id: item.id, label: label(item), changes })
  }
  // Removed items go where they stood: after the nearest earlier item that still exists.
  before.forEach((item, index) => {
    if (fresh.has(item.id)) return
    let at = 0
    for (let k = index - 1; k >= 0; k--) {
      const anchor = result.findIndex((r) => r.id === before[k]!.id)
      if (anchor >= 0) {
        at = anchor + 1
        break
      }
    }
    while (at < result.length && result[at]!.op === 'removed') at++
    result.splice(at, 0, { op: 'removed', id: item.id, label: label(item), changes: [] })
  })
  return result
}

function changed<T>(a: T, b: T, keys: readonly (keyof T & string)[]): FieldChange[] {
  return keys
    .filter((key) => a[key] !== b[key])
    .map((key) => ({ field: key, before: a[key] as FieldChange['before'], after: b[key] as FieldChange['after'] }))
}

function cycleChanges(a: ActionResearchCycle, b: ActionResearchCycle): FieldChange[] {
  const changes = changed(a, b, ['title'])
  for (const step of ['try', 'saw', 'learnt', 'implement'] as const) {
    if (a[step].text !== b[step].text) changes.push({ field: `${step}.text`, before: a[step].text, after: b[step].text })
    if (a[step].date !== b[step].date) changes.push({ field: `${step}.date`, before: a[step].date, after: b[step].date })
  }
  return changes
}

const ids = (values: readonly string[]): Keyed[] => values.map((id) => ({ id }))

export interface CompareLabels {
  /** Name (or label) of a participant id. */
  participant(id: string): string
  /** Name (or label) of a stakeholder id. */
  stakeholder(id: string): string
}

/** The comparison of every section, in plan order; `changed` tells which ones differ. */
export function comparePlanSnapshots(before: PlanSnapshot, after: PlanSnapshot, labels: CompareLabels): SectionDiff[] {
  const a = before.content
  const b = after.content
  return planSectionOrder.map((key): SectionDiff => {
    switch (key) {
      case 'background':
      case 'objective':
      case 'intendedResults':
      case 'otherStakeholders':
      case 'evaluationApproach': {
        const segments = diffText(a[key], b[key])
        return { kind: 'text', key, changed: a[key] !== b[key], segments }
      }
      case 'learningQuestions':
        return listDiff(key, diffList(a.learningQuestions, b.learningQuestions, (q) => q.text, (x, y) => changed(x, y, ['text'])))
      case 'cycles':
        return listDiff(key, diffList(a.cycles, b.cycles, (c) => c.title || c.try.text, cycleChanges))
      case 'milestones':
        return listDiff(
          key,
          diffList<Milestone>(a.milestones, b.milestones, (m) => m.title, (x, y) => changed(x, y, ['title', 'date', 'done'])),
        )
      case 'actions':
        return listDiff(
          key,
          diffList<PlanActionSnapshot>(before.actions, after.actions, (x) => x.what, (x, y) => changed(x, y, ['what', 'ownerId', 'deadline', 'status'])),
        )
      case 'involvedParticipantIds':
        return listDiff(key, diffList(ids(a.involvedParticipantIds), ids(b.involvedParticipantIds), (p) => labels.participant(p.id), () => []))
      case 'stakeholderIds':
        return listDiff(key, diffList(ids(a.stakeholderIds), ids(b.stakeholderIds), (s) => labels.stakeholder(s.id), () => []))
    }
  })
}

function listDiff(key: ListSectionKey, items: ItemDiff[]): SectionDiff {
  return { kind: 'list', key, changed: items.some((item) => item.op !== 'same'), items }
}

/** How many sections differ. */
export const changedSectionCount = (diffs: readonly SectionDiff[]): number => diffs.filter((d) => d.changed).length
