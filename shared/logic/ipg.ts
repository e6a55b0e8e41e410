/**
 * The IPG matrix as the facilitator sees it: the defaults from code with the project's own
 * changes (CellOverride) laid over them, part by part. Pure functions; every change returns a
 * new overrides array and leaves the input alone.
 */
import type { CellOverride, GroupPhase, MatrixRow } from '../model'
import { groupPhases, matrixRows } from '../model'
import { defaultMatrix, type Matrix, type MatrixCell } from './ipg-defaults'
import type { IpgLanguage } from './ipg-labels'

export interface EffectiveCell extends MatrixCell {
  /** The facilitator changed this cell (at least one part differs from the default). */
  edited: boolean
}

export type EffectiveMatrix = Record<GroupPhase, Record<MatrixRow, EffectiveCell>>

/** The parts of a cell the facilitator may change. */
export type CellChange = Partial<Pick<MatrixCell, 'text' | 'styles' | 'levels' | 'examples'>>

/** A default cell with an override laid over it: parts present in the override win. */
export function mergeCell(base: MatrixCell, override: CellOverride | undefined): EffectiveCell {
  if (!override) return { ...base, edited: false }
  return {
    text: override.text ?? base.text,
    styles: override.styles ?? base.styles,
    levels: override.levels ?? base.levels,
    // Examples merge per level: an override for "interactie" leaves the other levels' defaults.
    examples: override.examples ? { ...base.examples, ...override.examples } : base.examples,
    edited: true,
  }
}

export function effectiveMatrix(overrides: readonly CellOverride[], language: IpgLanguage = 'nl'): EffectiveMatrix {
  const defaults: Matrix = defaultMatrix(language)
  const find = (phase: GroupPhase, row: MatrixRow) => overrides.find((o) => o.phase === phase && o.row === row)
  const result = {} as EffectiveMatrix
  for (const phase of groupPhases) {
    const column = {} as Record<MatrixRow, EffectiveCell>
    for (const row of matrixRows) column[row] = mergeCell(defaults[phase][row], find(phase, row))
    result[phase] = column
  }
  return result
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i])

/**
 * Store the facilitator's version of a cell. Only the parts that differ from the default are
 * kept; a cell equal to its default has no override at all (so "edited" means something).
 */
export function setCell(
  overrides: readonly CellOverride[],
  phase: GroupPhase,
  row: MatrixRow,
  change: CellChange,
  language: IpgLanguage = 'nl',
): CellOverride[] {
  const base = defaultMatrix(language)[phase][row]
  const previous = overrides.find((o) => o.phase === phase && o.row === row)
  const current = mergeCell(base, previous)
  const examples = { ...current.examples, ...change.examples }
  const changedExamples = Object.fromEntries(
    Object.entries(examples).filter(([level, value]) => value !== base.examples[level as keyof MatrixCell['examples']]),
  )
  const next: CellOverride = { ...(previous ? withoutParts(previous) : {}), phase, row }
  const text = change.text ?? current.text
  if (text !== base.text) next.text = text
  const styles = change.styles ?? current.styles
  if (!sameList(styles, base.styles)) next.styles = [...styles]
  const levels = change.levels ?? current.levels
  if (!sameList(levels, base.levels)) next.levels = [...levels]
  if (Object.keys(changedExamples).length > 0) next.examples = changedExamples
  const changed = next.text !== undefined || next.styles !== undefined || next.levels !== undefined || next.examples !== undefined
  if (!changed) return overrides.filter((o) => o !== previous)
  // Keep the override's place in the list (order is data; a stable file diff).
  return previous ? overrides.map((o) => (o === previous ? next : o)) : [...overrides, next]
}

/** An override without its cell parts (keeps unknown keys a newer app may have written). */
function withoutParts(override: CellOverride): CellOverride {
  const { text: _t, styles: _s, levels: _l, examples: _e, ...rest } = override
  return rest as CellOverride
}

/** Back to the default text for one cell. */
export function resetCell(overrides: readonly CellOverride[], phase: GroupPhase, row: MatrixRow): CellOverride[] {
  return overrides.filter((o) => !(o.phase === phase && o.row === row))
}

export const isCellEdited = (overrides: readonly CellOverride[], phase: GroupPhase, row: MatrixRow): boolean =>
  overrides.some((o) => o.phase === phase && o.row === row)
