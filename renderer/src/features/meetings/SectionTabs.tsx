/** A row of tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between them. */
import { type KeyboardEvent, useRef } from 'react'

interface SectionTabsProps<T extends string> {
  label: string
  idPrefix: string
  tabs: ReadonlyArray<{ id: T; label: string; badge?: string | null }>
  value: T
  onChange: (value: T) => void
}

export function SectionTabs<T extends string>({ label, idPrefix, tabs, value, onChange }: SectionTabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>())
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === value)
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : null
    if (next === null) return
    event.preventDefault()
    const tab = tabs[next]!
    onChange(tab.id)
    refs.current.get(tab.id)?.focus()
  }
  return (
    <div className="mt-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(node) => {
            if (node) refs.current.set(tab.id, node)
            else refs.current.delete(tab.id)
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          aria-selected={tab.id === value}
          tabIndex={tab.id === value ? 0 : -1}
          className="mt-tab"
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
          {tab.badge ? <span className="badge mt-tab-badge">{tab.badge}</span> : null}
        </button>
      ))}
    </div>
  )
}
