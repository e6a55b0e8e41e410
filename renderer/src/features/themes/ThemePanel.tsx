import { type ReactNode, useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'

interface ThemePanelProps {
  title: string
  subtitle?: string
  onClose: () => void
  children: ReactNode
  footer: ReactNode
}

/** While a card is being dragged, Escape cancels the drag and leaves the panel open. */
const dragging = () => document.querySelector('[data-testid="theme-board"][data-dragging]') !== null

/**
 * The right-hand side panel with a theme's details, beside the board (not modal: the board
 * stays usable). Escape closes it, unless a dialog or a drag answers Escape first.
 */
export function ThemePanel({ title, subtitle, onClose, children, footer }: ThemePanelProps) {
  const { t } = useTranslation('themes')
  const titleId = useId()
  const subtitleId = useId()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || dragging()) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onClose])

  return (
    <aside className="theme-panel" aria-labelledby={subtitle ? `${subtitleId} ${titleId}` : titleId} data-testid="theme-panel">
      <header className="theme-panel-header">
        <div>
          {subtitle && (
            <p className="theme-panel-eyebrow" id={subtitleId}>
              {subtitle}
            </p>
          )}
          <h2 id={titleId}>{title}</h2>
        </div>
        <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('panel.close')} title={t('panel.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="theme-panel-body">{children}</div>
      <footer className="theme-panel-footer">{footer}</footer>
    </aside>
  )
}
