/** The seven critical success factors as a checklist: per point in orde / aandacht nodig / n.v.t. with a remark. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { checkOf, successFactors, summariseChecklist, summariseFactors } from '../../../../shared/logic/success-factors'
import { checkStatuses, type SuccessFactorCheck } from '../../../../shared/model'
import type { EvaluationEdits } from './evaluation-edits'

export function SuccessFactorChecklist({ checks, edits }: { checks: readonly SuccessFactorCheck[]; edits: EvaluationEdits }) {
  const { t } = useTranslation('evaluation')
  const totals = useMemo(() => summariseChecklist(checks), [checks])
  const perFactor = useMemo(() => new Map(summariseFactors(checks).map((s) => [s.factorId, s])), [checks])
  return (
    <div className="factors" data-testid="success-factors">
      <p className="factors-summary" data-testid="factors-summary">
        {t('factors.summary', { ...totals })}
      </p>
      {successFactors.map((factor) => {
        const summary = perFactor.get(factor.id)
        let lastGroup: string | undefined
        return (
          <details key={factor.id} className="factor" data-testid="factor" open={summary?.verdict === 'attention'}>
            <summary className="factor-head">
              <span className="factor-number">{factor.number}</span>
              <span className="factor-title">{factor.title}</span>
              <span className={`badge factor-verdict verdict-${summary?.verdict ?? 'open'}`}>{t(`factors.verdict.${summary?.verdict ?? 'open'}`)}</span>
              <span className="factor-count">{t('factors.points', { count: factor.points.length })}</span>
            </summary>
            <ul className="factor-points">
              {factor.points.map((point) => {
                const check = checkOf(checks, point.id)
                const groupHeading = point.group && point.group !== lastGroup ? point.group : null
                lastGroup = point.group
                return (
                  <li key={point.id} className="factor-point" data-testid="factor-point" data-point={point.id}>
                    {groupHeading && <h4 className="factor-group">{groupHeading}</h4>}
                    <fieldset className="factor-point-body">
                      <legend className="factor-point-text">{point.text}</legend>
                      <div className="factor-status" role="radiogroup" aria-label={point.text}>
                        {checkStatuses.map((status) => (
                          <label key={status} className={check.status === status ? `factor-choice is-${status} is-checked` : `factor-choice is-${status}`}>
                            <input type="radio" name={`check-${point.id}`} value={status} checked={check.status === status} onChange={() => edits.setCheckStatus(point.id, status)} />
                            <span>{t(`factors.status.${status}`)}</span>
                          </label>
                        ))}
                        {check.status !== null && (
                          <button type="button" className="btn btn-small btn-ghost" aria-label={t('factors.clearLabel', { point: point.text })} onClick={() => edits.setCheckStatus(point.id, null)}>
                            {t('factors.clear')}
                          </button>
                        )}
                      </div>
                      {/* Grows with its text (field-sizing), so a long remark stays readable in the narrow column. */}
                      <textarea
                        className="input factor-remark"
                        rows={1}
                        aria-label={t('factors.remarkLabel', { point: point.text })}
                        placeholder={t('factors.remark')}
                        value={check.remark}
                        onChange={(event) => edits.setCheckRemark(point.id, event.target.value)}
                      />
                    </fieldset>
                  </li>
                )
              })}
            </ul>
          </details>
        )
      })}
    </div>
  )
}
