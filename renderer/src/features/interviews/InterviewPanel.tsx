import { type ReactNode, useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'

interface InterviewPanelProps {
  title: string
  subtitle?: string
  onClose: () => void
  children: ReactNode
  footer: ReactNode
}

/**
 * The right-hand side panel in which an interview is added or edited. Not modal: the list stays
 * usable beside it. Escape closes it (unless a dialog on top answers Escape).
 */
export function InterviewPanel({ title, subtitle, onClose, children, footer }: InterviewPanelProps) {
  const { t } = useTranslation('interviews')
  const titleId = useId()
  const subtitleId = useId()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onClose])

  return (
    <aside className="interview-panel" aria-labelledby={subtitle ? `${subtitleId} ${titleId}` : titleId} data-testid="interview-panel">
      <header className="interview-panel-header">
        <div>
          {subtitle && (
            <p className="interview-panel-eyebrow" id={subtitleId}>
              {subtitle}
            </p>
          )}
          <h2 id={titleId}>{title}</h2>
        </div>
        <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('panel.close')} title={t('panel.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="interview-panel-body">{children}</div>
      <footer className="interview-panel-footer">{footer}</footer>
    </aside>
  )
}
