/**
 * The export dialog of the plan and evaluation reports: title, author, date, a logo chosen
 * from disk (read and checked by the main side), anonymisation, and sections. "Exporteren…"
 * asks where to save (the native dialog asks before overwriting) and reports failure clearly;
 * the project itself is never touched.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChosenImage } from '../../../../shared/api'
import { evaluationReportSections, planReportSections, type ReportOptionsInput } from '../../../../shared/logic/report-options'
import { call } from '../../bridge/client'
import { useProject } from '../../app/session-store'
import { todayIso } from '../../i18n/dates'
import { Dialog } from '../../ui/Dialog'
import { ExportFooter, ExportOutcome } from './ExportDialogParts'
import { DateField, TextField } from '../../ui/fields'
import { useExport } from './export-call'
import { type Anonymise, useReportSettings } from './report-settings'
import './reports.css'

export type ExportTarget =
  | { kind: 'plan.workGroup'; workGroupId: string }
  | { kind: 'plan.community' }
  | { kind: 'evaluation.report' }

export function ExportDialog({ target, onClose }: { target: ExportTarget; onClose: () => void }) {
  const { t } = useTranslation('reports')
  const community = useProject((p) => p.community)
  const groups = useProject((p) => p.workGroups)
  const evaluationDate = useProject((p) => p.evaluation.date)
  const group = target.kind === 'plan.workGroup' ? groups.find((g) => g.id === target.workGroupId) : undefined
  const sectionKeys: readonly string[] = target.kind === 'evaluation.report' ? evaluationReportSections : planReportSections
  const sectionLabel = (key: string) =>
    target.kind === 'evaluation.report' ? t(`evaluationSections.${key as 'results'}`) : t(`planSections.${key as 'actions'}`)

  const [title, setTitle] = useState(() => t(`defaultTitle.${target.kind}`, { group: group?.name ?? '' }))
  const [subtitle, setSubtitle] = useState(community.name)
  const remembered = useReportSettings.getState()
  const [author, setAuthor] = useState(remembered.author ?? community.facilitator)
  const [date, setDate] = useState<string | null>(target.kind === 'evaluation.report' && evaluationDate ? evaluationDate : todayIso())
  const [logo, setLogo] = useState<ChosenImage | null>(remembered.logo)
  const [anonymise, setAnonymise] = useState<Anonymise>(remembered.anonymise)
  const [sections, setSections] = useState<string[]>(() => sectionKeys.filter((key) => key !== 'versions'))
  const { busy, error, setError, savedPath: done, run } = useExport()

  const chooseLogo = async () => {
    setError(null)
    const result = await call('export.chooseImage', {})
    if (!result.ok) setError(result.error)
    else if (!('cancelled' in result.value)) setLogo(result.value)
  }

  const exportReport = () => {
    useReportSettings.getState().remember({ logo, author, anonymise })
    const options: ReportOptionsInput = { title, subtitle, author, date, logoPath: logo?.path ?? null, anonymise, sections }
    void run({ kind: target.kind, ...(target.kind === 'plan.workGroup' ? { workGroupId: target.workGroupId } : {}), options })
  }

  const toggle = (key: string, on: boolean) =>
    setSections((current) => (on ? sectionKeys.filter((k) => k === key || current.includes(k)) : current.filter((k) => k !== key)))

  return (
    <Dialog
      open
      wide
      title={t(`titles.${target.kind}`)}
      onClose={onClose}
      testId="export-dialog"
      footer={<ExportFooter busy={busy} done={done} disabled={sections.length === 0} onClose={onClose} onExport={exportReport} />}
    >
      <p className="muted">{t('intro')}</p>
      <ExportOutcome error={error} done={done} />
      <div className="report-grid">
        <div className="form-grid">
          <TextField label={t('fields.title')} value={title} onChange={setTitle} name="title" />
          <TextField label={t('fields.subtitle')} value={subtitle} onChange={setSubtitle} name="subtitle" />
          <div className="field-row">
            <TextField label={t('fields.author')} value={author} onChange={setAuthor} name="author" />
            <DateField label={t('fields.date')} value={date} onChange={setDate} name="date" />
          </div>
          <div className="field">
            <span className="field-label" id="report-logo-label">
              {t('fields.logo')}
            </span>
            <div className="report-logo" aria-labelledby="report-logo-label" role="group">
              <span data-testid="report-logo">{logo ? t('logoChosen', { name: logo.name, size: Math.max(1, Math.round(logo.sizeBytes / 1024)) }) : t('fields.noLogo')}</span>
              <button type="button" className="btn btn-small" onClick={() => void chooseLogo()}>
                {t('fields.chooseLogo')}
              </button>
              {logo && (
                <button type="button" className="btn btn-small btn-ghost" onClick={() => setLogo(null)}>
                  {t('fields.removeLogo')}
                </button>
              )}
            </div>
            <span className="field-hint">{t('fields.logoHint')}</span>
          </div>
        </div>
        <div className="form-grid">
          <fieldset className="report-fieldset">
            <legend className="field-label">{t('fields.anonymise')}</legend>
            {(['none', 'initials', 'role'] as const).map((mode) => (
              <label key={mode} className="report-option">
                <input type="radio" name="anonymise" value={mode} checked={anonymise === mode} onChange={() => setAnonymise(mode)} />
                <span>{t(`anonymise.${mode}`)}</span>
              </label>
            ))}
            <span className="field-hint">{t('anonymiseHint')}</span>
          </fieldset>
          <fieldset className="report-fieldset">
            <legend className="field-label">{t('fields.sections')}</legend>
            {sectionKeys.map((key) => (
              <label key={key} className="report-option">
                <input type="checkbox" checked={sections.includes(key)} onChange={(event) => toggle(key, event.target.checked)} />
                <span>{sectionLabel(key)}</span>
              </label>
            ))}
          </fieldset>
        </div>
      </div>
    </Dialog>
  )
}
