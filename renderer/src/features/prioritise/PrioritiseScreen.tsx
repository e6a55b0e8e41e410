import { type KeyboardEvent, useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../app/app-store'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { DotEntry } from './DotEntry'
import { MethodSwitch } from './MethodSwitch'
import { usePrioritiseEdits } from './prioritise-edits'
import { RankingView } from './RankingView'
import { ScoreEntry } from './ScoreEntry'
import { usePrioritiseData } from './use-prioritise-data'
import './prioritise.css'

type Tab = 'enter' | 'ranking'
const TABS: Tab[] = ['enter', 'ranking']

/**
 * Prioriteren (DOMAIN.md step 3): the group scores the board's themes on four criteria (or votes
 * with dots), the ranking shows where the group stands, and "Kies top N" moves the top to Gekozen.
 */
export function PrioritiseScreen() {
  const { t } = useTranslation('prioritise')
  const setView = useAppStore((state) => state.setView)
  const data = usePrioritiseData()
  const edits = usePrioritiseEdits()
  const { notice, announce, dismiss } = useUndoNotice()
  const method = data.prioritisation.method
  const [tab, setTab] = useState<Tab>(() => (data.started > 0 ? 'ranking' : 'enter'))
  const [participantId, setParticipantId] = useState<string | null>(null)
  const participant = data.scorers.find((s) => s.id === participantId) ?? data.scorers[0] ?? null
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({})

  const onChosen = useCallback(
    (titles: string[]) => announce(t('announce.chosen', { count: titles.length, titles: titles.join(', ') }), 'success'),
    [announce, t],
  )

  const summaryKey = method === 'dots' ? 'summaryDots' : 'summaryScores'
  const header = (
    <div className="page-header prio-header">
      <div>
        <h1>{t('title')}</h1>
        <p data-testid="prioritise-summary">
          {data.onBoard.length > 0 && data.scorers.length > 0
            ? t(summaryKey, { themes: data.onBoard.length, count: data.started, voters: data.scorers.length })
            : t('scope')}
        </p>
      </div>
      {data.onBoard.length > 0 && data.scorers.length > 0 && <MethodSwitch value={method} onChange={edits.setMethod} />}
    </div>
  )

  if (data.onBoard.length === 0 || participant === null) {
    const noThemes = data.onBoard.length === 0
    return (
      <div className="page prio-page" data-testid="prioritise-screen">
        {header}
        <EmptyState
          title={noThemes ? t('empty.noThemesTitle') : t('empty.noParticipantsTitle')}
          text={noThemes ? t('empty.noThemesText') : t('empty.noParticipantsText')}
          action={
            <button type="button" className="btn btn-primary" onClick={() => setView(noThemes ? 'themes' : 'participants')}>
              {noThemes ? t('empty.noThemesAction') : t('empty.noParticipantsAction')}
            </button>
          }
        />
      </div>
    )
  }

  const tabLabel = (which: Tab) => (which === 'ranking' ? t('tabs.ranking') : method === 'dots' ? t('tabs.enterDots') : t('tabs.enterScores'))
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab)
    const next = event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : null
    if (!next) return
    event.preventDefault()
    setTab(next)
    tabRefs.current[next]?.focus()
  }

  return (
    <div className="page prio-page" data-testid="prioritise-screen">
      {header}
      <div className="prio-tabs-row">
        <div role="tablist" className="prio-tabs" aria-label={t('tabs.label')}>
          {TABS.map((which) => (
            <button
              key={which}
              ref={(element) => {
                tabRefs.current[which] = element
              }}
              type="button"
              role="tab"
              id={`prio-tab-${which}`}
              aria-selected={tab === which}
              aria-controls={`prio-panel-${which}`}
              tabIndex={tab === which ? 0 : -1}
              className="prio-tab"
              onClick={() => setTab(which)}
              onKeyDown={onTabKey}
            >
              {tabLabel(which)}
            </button>
          ))}
        </div>
        <p className="prio-scope muted">{t('scope')}</p>
      </div>
      <div role="tabpanel" id={`prio-panel-${tab}`} aria-labelledby={`prio-tab-${tab}`} className="prio-panel">
        {tab === 'ranking' ? (
          <RankingView data={data} edits={edits} onEnter={() => setTab('enter')} onChosen={onChosen} />
        ) : method === 'dots' ? (
          <DotEntry data={data} participant={participant} onParticipant={setParticipantId} edits={edits} />
        ) : (
          <ScoreEntry data={data} participant={participant} onParticipant={setParticipantId} edits={edits} />
        )}
      </div>
      <UndoNotice
        notice={notice}
        onDismiss={dismiss}
        undoLabel={t('announce.undo')}
        dismissLabel={t('announce.dismiss')}
        regionClassName="prio-notice-region"
        testId="prioritise-notice"
      />
    </div>
  )
}
