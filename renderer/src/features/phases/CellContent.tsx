import { useTranslation } from 'react-i18next'
import type { EffectiveCell } from '../../../../shared/logic/ipg'
import { levelName, styleName } from '../../../../shared/logic/ipg-labels'
import { functioningLevels, type MatrixRow } from '../../../../shared/model'
import { useIpgLanguage } from './use-phases'

/** What a matrix cell says: style chips (leadership), focus levels and examples (intervention), and its text. */
export function CellContent({ cell, row, examples = true }: { cell: EffectiveCell; row: MatrixRow; examples?: boolean }) {
  const { t } = useTranslation('phases')
  const language = useIpgLanguage()
  return (
    <div className="ipg-cell-body">
      {row === 'leadership' && cell.styles.length > 0 && (
        <p className="ipg-tags">
          {cell.styles.map((style) => (
            <span key={style} className="ipg-tag ipg-tag-style">
              {styleName(style, language)}
            </span>
          ))}
        </p>
      )}
      {row === 'intervention' && cell.levels.length > 0 && (
        <p className="ipg-tags">
          <span className="visually-hidden">{t('matrix.focus')}: </span>
          {cell.levels.map((level) => (
            <span key={level} className="ipg-tag ipg-tag-level">
              {levelName(level, language)}
            </span>
          ))}
        </p>
      )}
      <p className="ipg-text">{cell.text}</p>
      {row === 'intervention' && examples && (
        <details className="ipg-examples">
          <summary>{t('matrix.examples')}</summary>
          <dl>
            {functioningLevels.map((level) =>
              cell.examples[level] ? (
                <div key={level} className={cell.levels.includes(level) ? 'is-focus' : undefined}>
                  <dt>{t(`levels.${level}`)}</dt>
                  <dd>{cell.examples[level]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </details>
      )}
    </div>
  )
}
