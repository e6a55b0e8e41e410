import { describe, expect, it } from 'vitest'
import { defaultMatrix } from '../../../shared/logic/ipg-defaults'
import { effectiveMatrix, isCellEdited, mergeCell, resetCell, setCell } from '../../../shared/logic/ipg'
import {
  addSignal,
  defaultSignals,
  editSignal,
  effectiveSignals,
  phaseSignalsChanged,
  removeSignal,
  resetPhaseSignals,
  signalText,
} from '../../../shared/logic/ipg-signals'
import { agendaSuggestions } from '../../../shared/logic/phase-suggestions'
import { phaseName } from '../../../shared/logic/ipg-labels'
import { groupPhases, matrixRows, functioningLevels, type CellOverride } from '../../../shared/model'

describe('default matrix', () => {
  it('fills every cell in both languages, with a style and focus levels where the row asks for them', () => {
    for (const language of ['nl', 'en'] as const) {
      const matrix = defaultMatrix(language)
      for (const phase of groupPhases) {
        for (const row of matrixRows) expect(matrix[phase][row].text.length).toBeGreaterThan(20)
        expect(matrix[phase].leadership.styles.length).toBeGreaterThan(0)
        expect(matrix[phase].intervention.levels.length).toBeGreaterThan(0)
        for (const level of functioningLevels) expect(matrix[phase].intervention.examples[level]).toBeTruthy()
      }
    }
    expect(defaultMatrix('nl').orientation.leadership.styles).toEqual(['directive'])
    expect(defaultMatrix('nl').control.leadership.styles).toEqual(['persuading'])
  })

  it('names the phases in both models', () => {
    expect(phaseName('control', 'nl', 'remmerswaal')).toBe('Controle- en affectiefase')
    expect(phaseName('control', 'nl', 'vanRiet')).toBe('Fase van integratie, desintegratie en herintegratie')
    expect(phaseName('pre', 'nl', 'vanRiet')).toBe('Voorstadium van groep zijn')
  })

  it('returns a fresh object each time (edits cannot leak into the defaults)', () => {
    const a = defaultMatrix('nl')
    a.pre.meaning.text = 'x'
    expect(defaultMatrix('nl').pre.meaning.text).not.toBe('x')
  })
})

describe('override merging', () => {
  const base = defaultMatrix('nl').control.intervention

  it('lays only the parts present over the default', () => {
    const merged = mergeCell(base, { phase: 'control', row: 'intervention', text: 'Eigen tekst' })
    expect(merged).toMatchObject({ text: 'Eigen tekst', levels: base.levels, edited: true })
    expect(merged.examples).toEqual(base.examples)
  })

  it('merges example interventions per level', () => {
    const merged = mergeCell(base, { phase: 'control', row: 'intervention', examples: { interaction: 'Doe een rondje' } })
    expect(merged.examples.interaction).toBe('Doe een rondje')
    expect(merged.examples.procedure).toBe(base.examples.procedure)
    expect(merged.text).toBe(base.text)
  })

  it('marks only overridden cells as edited in the whole matrix', () => {
    const matrix = effectiveMatrix([{ phase: 'autonomy', row: 'leadership', styles: ['delegating'] }])
    expect(matrix.autonomy.leadership).toMatchObject({ styles: ['delegating'], edited: true })
    expect(matrix.autonomy.leadership.text).toBe(defaultMatrix('nl').autonomy.leadership.text)
    expect(matrix.orientation.leadership.edited).toBe(false)
  })
})

describe('editing and resetting a cell', () => {
  it('stores only what differs from the default', () => {
    const overrides = setCell([], 'orientation', 'role', { text: 'Gastvrouw: zorgt voor koffie en structuur.' })
    expect(overrides).toEqual([{ phase: 'orientation', row: 'role', text: 'Gastvrouw: zorgt voor koffie en structuur.' }])
    const styles = setCell(overrides, 'orientation', 'leadership', { styles: ['directive'] })
    expect(styles).toHaveLength(1) // same as the default: no override
  })

  it('changes one part and keeps the others', () => {
    let overrides = setCell([], 'control', 'intervention', { levels: ['interaction'] })
    overrides = setCell(overrides, 'control', 'intervention', { examples: { context: 'Nodig de teamleider uit.' } })
    expect(overrides).toEqual([{ phase: 'control', row: 'intervention', levels: ['interaction'], examples: { context: 'Nodig de teamleider uit.' } }])
  })

  it('typing the default text back removes the override', () => {
    const overrides = setCell([], 'pre', 'meaning', { text: 'Anders' })
    expect(setCell(overrides, 'pre', 'meaning', { text: defaultMatrix('nl').pre.meaning.text })).toEqual([])
  })

  it('reset removes the cell’s override and nothing else', () => {
    const overrides: CellOverride[] = [
      { phase: 'pre', row: 'meaning', text: 'A' },
      { phase: 'closing', row: 'role', text: 'B' },
    ]
    const reset = resetCell(overrides, 'pre', 'meaning')
    expect(reset).toEqual([{ phase: 'closing', row: 'role', text: 'B' }])
    expect(isCellEdited(reset, 'pre', 'meaning')).toBe(false)
    expect(effectiveMatrix(reset).pre.meaning.text).toBe(defaultMatrix('nl').pre.meaning.text)
  })

  it('keeps unknown keys of an override when changing it', () => {
    const overrides = [{ phase: 'pre', row: 'role', text: 'A', future: 1 } as CellOverride]
    expect(setCell(overrides, 'pre', 'role', { text: 'B' })).toEqual([{ phase: 'pre', row: 'role', text: 'B', future: 1 }])
  })
})

describe('signals per phase', () => {
  const orientation = (list: ReturnType<typeof effectiveSignals>) => list.filter((s) => s.phase === 'orientation')

  it('has a few default signals for every phase, with stable ids', () => {
    for (const phase of groupPhases) expect(defaultSignals().filter((s) => s.phase === phase).length).toBeGreaterThanOrEqual(4)
    expect(defaultSignals()[0]!.id).toBe('sig-pre-1')
    expect(defaultSignals('en').map((s) => s.id)).toEqual(defaultSignals('nl').map((s) => s.id))
  })

  it('edits, removes and adds, then resets a phase', () => {
    let overrides = editSignal([], { id: 'sig-orientation-2', phase: 'orientation' }, 'Iedereen is heel beleefd')
    overrides = removeSignal(overrides, { id: 'sig-orientation-5', phase: 'orientation' })
    overrides = addSignal(overrides, 'own-1', 'orientation', 'Mensen komen te laat binnen')
    const list = orientation(effectiveSignals(overrides))
    expect(list.map((s) => s.text)).toEqual([
      'Deelnemers wachten op de begeleider en kijken naar hem of haar',
      'Iedereen is heel beleefd',
      'Vragen over doel, regels en wat er verwacht wordt',
      'Mensen praten vooral met wie ze al kennen',
      'Mensen komen te laat binnen',
    ])
    expect(list[1]).toMatchObject({ edited: true, isDefault: true })
    expect(list[4]).toMatchObject({ isDefault: false })
    expect(phaseSignalsChanged(overrides, 'orientation')).toBe(true)

    const reset = resetPhaseSignals(overrides, 'orientation', [])
    expect(reset).toEqual([])
    expect(orientation(effectiveSignals(reset))).toEqual(orientation(effectiveSignals([])))
  })

  it('keeps a removed own signal (hidden) when an observation ticked it', () => {
    const overrides = addSignal([], 'own-1', 'control', 'Telefoons op tafel')
    const reset = resetPhaseSignals(overrides, 'control', [{ signalIds: ['own-1'] }])
    expect(reset).toEqual([{ id: 'own-1', phase: 'control', text: 'Telefoons op tafel', removed: true }])
    expect(effectiveSignals(reset).some((s) => s.id === 'own-1')).toBe(false)
    expect(signalText('own-1', reset)).toBe('Telefoons op tafel')
    expect(phaseSignalsChanged(reset, 'control')).toBe(false)
  })

  it('setting a default signal back to its text drops the override', () => {
    const overrides = editSignal([], { id: 'sig-pre-1', phase: 'pre' }, 'X')
    expect(editSignal(overrides, { id: 'sig-pre-1', phase: 'pre' }, defaultSignals()[0]!.text)).toEqual([])
  })
})

describe('agenda suggestions', () => {
  it('fits the phase: check-in while orienting, norms and roles in control, evaluation and borging at the close', () => {
    expect(agendaSuggestions('orientation').map((s) => s.title).join(' ')).toMatch(/Kennismaking.*Check-in/)
    expect(agendaSuggestions('control').map((s) => s.title).join(' ')).toMatch(/normen.*Rollen/)
    expect(agendaSuggestions('closing').map((s) => s.title).join(' ')).toMatch(/Evaluatie.*Borging/)
    expect(agendaSuggestions('closing', 'en')[0]!.title).toMatch(/^Evaluation/)
  })
})
