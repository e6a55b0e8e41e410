/**
 * Edit one matrix cell for this project: its text, and for the leadership row the styles, for the
 * intervention row the focus levels and an example intervention per level. Saving is one undo
 * step; "Terugzetten naar standaard" removes the project's version of the cell.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CellChange, EffectiveCell } from '../../../../shared/logic/ipg'
import { defaultMatrix } from '../../../../shared/logic/ipg-defaults'
import { levelName, rowName, styleName } from '../../../../shared/logic/ipg-labels'
import { functioningLevels, leadershipStyles, type FunctioningLevel, type GroupPhase, type MatrixRow } from '../../../../shared/model'
import { Dialog } from '../../ui/Dialog'
import { TextArea } from '../../ui/fields'
import { useIpgLanguage, usePhaseNames } from './use-phases'

interface Props {
  phase: GroupPhase
  row: MatrixRow
  cell: EffectiveCell
  onSave: (change: CellChange) => void
  onReset: () => void
  onCancel: () => void
}

/** Toggle a value in an ordered list; a newly ticked value goes last. */
const toggle = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])

export function CellDialog({ phase, row, cell, onSave, onReset, onCancel }: Props) {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const language = useIpgLanguage()
  const names = usePhaseNames()
  const base = defaultMatrix(language)[phase][row]
  const [text, setText] = useState(cell.text)
  const [styles, setStyles] = useState(cell.styles)
  const [levels, setLevels] = useState(cell.levels)
  const [examples, setExamples] = useState<Partial<Record<FunctioningLevel, string>>>(cell.examples)

  const save = () => {
    const change: CellChange = { text }
    if (row === 'leadership') change.styles = styles
    if (row === 'intervention') {
      change.levels = levels
      change.examples = examples
    }
    onSave(change)
  }

  return (
    <Dialog
      open
      wide
      title={t('cell.title', { row: rowName(row, language), phase: names.primary(phase) })}
      onClose={onCancel}
      testId="ipg-cell-dialog"
      footer={
        <>
          {cell.edited && (
            <button type="button" className="btn btn-ghost ipg-dialog-reset" onClick={onReset}>
              {t('cell.reset')}
            </button>
          )}
          <button type="button" className="btn" onClick={onCancel}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={save}>
            {t('cell.save')}
          </button>
        </>
      }
    >
      {row === 'leadership' && (
        <fieldset className="ipg-fieldset">
          <legend className="field-label">{t('cell.styles')}</legend>
          <span className="field-hint">{t('cell.stylesHint')}</span>
          <div className="ipg-checks">
            {leadershipStyles.map((style) => (
              <label key={style} className="ipg-check">
                <input type="checkbox" checked={styles.includes(style)} onChange={() => setStyles(toggle(styles, style))} />
                <span>{styleName(style, language)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {row === 'intervention' && (
        <fieldset className="ipg-fieldset">
          <legend className="field-label">{t('cell.levels')}</legend>
          <span className="field-hint">{t('cell.levelsHint')}</span>
          <div className="ipg-checks">
            {functioningLevels.map((level) => (
              <label key={level} className="ipg-check">
                <input type="checkbox" checked={levels.includes(level)} onChange={() => setLevels(toggle(levels, level))} />
                <span>{levelName(level, language)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <TextArea
        label={t('cell.text')}
        value={text}
        onChange={setText}
        rows={4}
        hint={text !== base.text ? `${t('cell.ownText')} ${t('cell.defaultWas', { text: base.text })}` : t('cell.ownText')}
      />
      {row === 'intervention' &&
        functioningLevels.map((level) => (
          <TextArea
            key={level}
            label={t('cell.example', { level: levelName(level, language) })}
            value={examples[level] ?? ''}
            rows={2}
            onChange={(value) => setExamples({ ...examples, [level]: value })}
          />
        ))}
    </Dialog>
  )
}
