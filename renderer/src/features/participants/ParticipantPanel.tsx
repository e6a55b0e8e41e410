import { type ReactNode, useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'

interface ParticipantPanelProps {
  title: string
  subtitle?: string
  onClose: () => void
  children: ReactNode
  footer: ReactNode
}

/**
 * The right-hand side panel in which a participant is added or edited. Not modal: the
 * list stays usable beside it. Escape closes it (unless a dialog on top answers Escape).
 */
export function ParticipantPanel({ title, subtitle, onClose, children, footer }: ParticipantPanelProps) {
  const { t } = useTranslation('participants')
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
    <aside className="participant-panel" aria-labelledby={subtitle ? `${subtitleId} ${titleId}` : titleId} data-testid="participant-panel">
      <header className="participant-panel-header">
        <div>
          {subtitle && <p className="participant-panel-eyebrow" id={subtitleId}>{subtitle}</p>}
          <h2 id={titleId}>{title}</h2>
        </div>
        <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('panel.close')} title={t('panel.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="participant-panel-body">{children}</div>
      <footer className="participant-panel-footer">{footer}</footer>
    </aside>
  )
}
