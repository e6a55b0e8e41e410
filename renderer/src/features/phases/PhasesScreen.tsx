/**
 * Groepsfasen (DOMAIN.md step 7, "The IPG matrix"): follow each group's phase, read what the
 * phase asks of the facilitator, keep the signals and the matrix right for this community, and
 * record reflection moments. Four tabs; reminders to reflect sit above them.
 */
import { type KeyboardEvent, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { IpgMatrix } from './IpgMatrix'
import { ModelSwitch } from './ModelSwitch'
import { ReflectionReminders } from './ReflectionReminders'
import { ReflectionsView } from './ReflectionsView'
import { SignalsEditor } from './SignalsEditor'
import { TrackingView } from './TrackingView'
import { type PhasesTab, usePhasesView } from './use-phases'
import './phases.css'

const TABS: PhasesTab[] = ['tracking', 'matrix', 'signals', 'reflections']

export function PhasesScreen() {
  const { t } = useTranslation('phases')
  const tab = usePhasesView((s) => s.tab)
  const setTab = usePhasesView((s) => s.setTab)
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([])

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const move = { ArrowRight: 1, ArrowLeft: -1 }[event.key as 'ArrowRight' | 'ArrowLeft']
    let next: number | null = move === undefined ? null : (index + move + TABS.length) % TABS.length
    if (event.key === 'Home') next = 0
    if (event.key === 'End') next = TABS.length - 1
    if (next === null) return
    event.preventDefault()
    setTab(TABS[next]!)
    tabRefs.current[next]?.focus()
  }

  return (
    <div className="page phases-page" data-testid="phases-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
      </div>
      <ReflectionReminders />
      <div className="phases-tabs-row">
        <div className="phases-tabs" role="tablist" aria-label={t('tabs.label')}>
          {TABS.map((id, index) => (
            <button
              key={id}
              ref={(el) => {
                tabRefs.current[index] = el
              }}
              type="button"
              role="tab"
              id={`phases-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`phases-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              className="phases-tab"
              onClick={() => setTab(id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {t(`tabs.${id}`)}
            </button>
          ))}
        </div>
        <ModelSwitch />
      </div>
      <div role="tabpanel" id={`phases-panel-${tab}`} aria-labelledby={`phases-tab-${tab}`} className="phases-panel">
        {tab === 'tracking' && <TrackingView />}
        {tab === 'matrix' && <IpgMatrix />}
        {tab === 'signals' && <SignalsEditor />}
        {tab === 'reflections' && <ReflectionsView />}
      </div>
    </div>
  )
}
