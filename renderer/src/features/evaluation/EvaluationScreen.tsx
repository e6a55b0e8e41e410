/**
 * Evaluatie (DOMAIN.md step 8): the closing evaluation's quotes in three categories (dragged by
 * mouse or keyboard), results per work group, challenges, the seven critical success factors as
 * a checklist, the group-development story, and the evaluation report.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { resultOf } from '../../../../shared/logic/evaluation'
import { useProject } from '../../app/session-store'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { ExportDialog } from '../reports/ExportDialog'
import { AddQuote } from './AddQuote'
import { Challenges } from './Challenges'
import { useEvaluationEdits } from './evaluation-edits'
import { GroupStory } from './GroupStory'
import { QuoteBoard } from './QuoteBoard'
import { SuccessFactorChecklist } from './SuccessFactorChecklist'
import './evaluation.css'

function Card({ id, title, hint, children }: { id: string; title: string; hint?: string; children: React.ReactNode }) {
  return (
    <section className="card eval-section" aria-labelledby={`eval-h-${id}`} data-section={id}>
      <div className="card-body">
        <h2 id={`eval-h-${id}`} className="section-title">
          {title}
        </h2>
        {hint && <p className="field-hint eval-hint">{hint}</p>}
        {children}
      </div>
    </section>
  )
}

export function EvaluationScreen() {
  const { t } = useTranslation('evaluation')
  const evaluation = useProject((p) => p.evaluation)
  const participants = useProject((p) => p.participants)
  const workGroups = useProject((p) => p.workGroups)
  const edits = useEvaluationEdits()
  const [exporting, setExporting] = useState(false)
  const { notice, announce, dismiss } = useUndoNotice()
  const onAnnounce = useCallback((message: string) => announce(message, 'success'), [announce])

  return (
    <div className="page eval-page" data-testid="evaluation-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setExporting(true)}>
          {t('export')}
        </button>
      </div>
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={t('announce.undo')} dismissLabel={t('announce.dismiss')} testId="evaluation-notice" />

      <Card id="general" title={t('general.heading')}>
        <div className="eval-general">
          <div className="field eval-date">
            <label className="field-label" htmlFor="eval-date">
              {t('general.date')}
            </label>
            <input id="eval-date" type="date" className="input" value={evaluation.date ?? ''} onChange={(event) => edits.setDate(event.target.value || null)} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="eval-introduction">
              {t('general.introduction')}
            </label>
            <span className="field-hint" id="eval-introduction-hint">
              {t('general.introductionHint')}
            </span>
            <textarea id="eval-introduction" className="textarea" rows={3} aria-describedby="eval-introduction-hint" value={evaluation.introduction} onChange={(event) => edits.setText('introduction', event.target.value)} />
          </div>
        </div>
      </Card>

      <Card id="quotes" title={t('quotes.heading')} hint={evaluation.quotes.length > 0 ? t('quotes.hint') : t('quotes.none')}>
        <QuoteBoard edits={edits} onAnnounce={onAnnounce} />
        <AddQuote participants={participants} edits={edits} onAnnounce={onAnnounce} />
      </Card>

      <Card id="results" title={t('results.heading')}>
        <div className="field">
          <label className="field-label" htmlFor="eval-overall">
            {t('results.overall')}
          </label>
          <span className="field-hint">{t('results.overallHint')}</span>
          <textarea id="eval-overall" className="textarea" rows={3} value={evaluation.overallResults} onChange={(event) => edits.setText('overallResults', event.target.value)} />
        </div>
        {workGroups.length === 0 && <p className="muted">{t('results.noGroups')}</p>}
        {workGroups.map((group) => (
          <div key={group.id} className="field">
            <label className="field-label" htmlFor={`eval-result-${group.id}`}>
              {t('results.group', { group: group.name })}
            </label>
            <textarea id={`eval-result-${group.id}`} className="textarea" rows={3} value={resultOf(evaluation.workGroupResults, group.id)} onChange={(event) => edits.setResult(group.id, event.target.value)} />
          </div>
        ))}
      </Card>

      <Card id="challenges" title={t('challenges.heading')} hint={t('challenges.hint')}>
        <Challenges challenges={evaluation.challenges} edits={edits} />
      </Card>

      <Card id="factors" title={t('factors.heading')} hint={t('factors.hint')}>
        <SuccessFactorChecklist checks={evaluation.successFactorChecks} edits={edits} />
      </Card>

      <Card id="story" title={t('story.heading')}>
        <GroupStory />
      </Card>

      <Card id="conclusion" title={t('conclusion.heading')}>
        <div className="field">
          <label className="visually-hidden" htmlFor="eval-conclusion">
            {t('conclusion.heading')}
          </label>
          <span className="field-hint">{t('conclusion.hint')}</span>
          <textarea id="eval-conclusion" className="textarea" rows={4} value={evaluation.conclusion} onChange={(event) => edits.setText('conclusion', event.target.value)} />
        </div>
      </Card>

      {exporting && <ExportDialog target={{ kind: 'evaluation.report' }} onClose={() => setExporting(false)} />}
    </div>
  )
}
