import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { closeProject, saveAs } from './project-actions'

/** A small disclosure menu for the file-level actions of the open project. */
export function ProjectMenu({ onShowBackups }: { onShowBackups: () => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return
      if (event instanceof MouseEvent && ref.current?.contains(event.target as Node)) return
      setOpen(false)
    }
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', close)
    }
  }, [open])

  const item = (label: string, action: () => void) => (
    <li>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => {
          setOpen(false)
          action()
        }}
      >
        {label}
      </button>
    </li>
  )

  return (
    <div className="menu" ref={ref}>
      <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('projectMenu.label')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="menu-list">
          {item(t('projectMenu.saveAs'), () => void saveAs())}
          {item(t('projectMenu.backups'), onShowBackups)}
          {item(t('projectMenu.closeProject'), () => void closeProject())}
        </ul>
      )}
    </div>
  )
}
