/**
 * The Export menu in the top bar: every document the app can export, in one place (the buttons on
 * the plan and the meeting stay). A menu button: Enter, Space or ↓ opens it on the first item, ↑ on
 * the last; ↑ ↓ Home End move; Escape closes it and returns to the button; Tab leaves it. An entry
 * that cannot be exported yet says why and does nothing. Entries ask the shell's export flow
 * (ExportFlow) to open, the same dialogs as the buttons on the documents.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'
import { exportEntries, type ExportEntry } from './export-entries'
import './reports.css'

export function ExportMenu() {
  const { t } = useTranslation('reports')
  const workGroups = useProject((p) => p.workGroups)
  const plans = useProject((p) => p.plans)
  const meetings = useProject((p) => p.meetings)
  const requestExport = useAppStore((state) => state.requestExport)
  const entries = useMemo(() => exportEntries({ workGroups, plans, meetings }), [workGroups, plans, meetings])
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const focusOnOpen = useRef<'first' | 'last'>('first')
  const menuId = useId()

  const items = () => [...(rootRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]

  useEffect(() => {
    if (!open) return
    const list = items()
    ;(focusOnOpen.current === 'last' ? list[list.length - 1] : list[0])?.focus()
    const close = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  const openAt = (where: 'first' | 'last') => {
    focusOnOpen.current = where
    setOpen(true)
  }

  const onButtonKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      openAt(event.key === 'ArrowUp' ? 'last' : 'first')
    }
  }

  const onMenuKey = (event: React.KeyboardEvent) => {
    const list = items()
    const at = list.indexOf(document.activeElement as HTMLButtonElement)
    const move = (index: number) => {
      event.preventDefault()
      list[(index + list.length) % list.length]?.focus()
    }
    if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(list.length - 1)
    else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
      buttonRef.current?.focus()
    } else if (event.key === 'Tab') setOpen(false)
  }

  const choose = (entry: ExportEntry) => {
    if (entry.disabled) return
    setOpen(false)
    requestExport(entry.request)
  }

  const label = (entry: ExportEntry): string => {
    switch (entry.request.kind) {
      case 'plan.workGroup':
        return entry.groupName ?? t('menu.plan')
      case 'plan.community':
        return t('menu.allPlans')
      case 'evaluation.report':
        return t('menu.evaluation')
      case 'meeting.agenda':
        return t('menu.agenda')
      case 'meeting.minutes':
        return t('menu.minutes')
      case 'meetings.calendar':
        return t('menu.calendar')
    }
  }

  const section = (name: ExportEntry['section'], heading: string | null) => {
    const inSection = entries.filter((e) => e.section === name)
    const headingId = `${menuId}-${name}`
    return (
      <div role="group" aria-labelledby={heading ? headingId : undefined} className="export-menu-group">
        {heading && (
          <div id={headingId} className="export-menu-heading" role="presentation">
            {heading}
          </div>
        )}
        {inSection.map((entry) => {
          const reasonId = `${menuId}-${entry.key}-reason`
          return (
            <button
              key={entry.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu-item"
              aria-disabled={entry.disabled ? true : undefined}
              aria-describedby={entry.disabled ? reasonId : undefined}
              data-testid={`export-menu-${entry.key}`}
              onClick={() => choose(entry)}
            >
              <span>{label(entry)}</span>
              {entry.disabled && (
                <span id={reasonId} className="export-menu-reason">
                  {t(`menu.${entry.disabled}`)}
                </span>
              )}
            </button>
          )
        })}
      </div>
    )
  }

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={onButtonKey}
        data-testid="export-menu-button"
      >
        {t('menu.label')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t('menu.label')} className="menu-list export-menu" onKeyDown={onMenuKey} data-testid="export-menu">
          {section('plans', t('menu.plans'))}
          {section('reports', null)}
          {section('meetings', t('menu.meetings'))}
        </div>
      )}
    </div>
  )
}
