/**
 * "Aandachtspunten": what still needs the facilitator — people without a group, groups without
 * a kartrekker or without members, themes no longer chosen, people in several groups while
 * that is not allowed, stopped members. All clear: one calm sentence.
 */
import { useTranslation } from 'react-i18next'
import type { WorkGroupsView } from './use-work-groups-view'

interface FlagsBarProps {
  view: WorkGroupsView
  onShowUnassigned: () => void
  onResolveSeveral: () => void
}

export function FlagsBar({ view, onShowUnassigned, onResolveSeveral }: FlagsBarProps) {
  const { t } = useTranslation('workGroups')
  const { flags } = view
  const several = view.allowMultiple ? 0 : flags.several.length
  const items: Array<{ key: string; text: string; action?: { label: string; onClick: () => void } }> = []
  if (flags.unassigned > 0) items.push({ key: 'unassigned', text: t('flags.unassigned', { count: flags.unassigned }), action: { label: t('pool.unassigned'), onClick: onShowUnassigned } })
  if (flags.noLead > 0) items.push({ key: 'no-lead', text: t('flags.noLead', { count: flags.noLead }) })
  if (flags.empty > 0) items.push({ key: 'empty', text: t('flags.empty', { count: flags.empty }) })
  if (flags.notChosen > 0) items.push({ key: 'not-chosen', text: t('flags.notChosen', { count: flags.notChosen }) })
  if (several > 0) items.push({ key: 'several', text: t('flags.several', { count: several }), action: { label: t('flags.resolve'), onClick: onResolveSeveral } })
  if (flags.stopped > 0) items.push({ key: 'stopped', text: t('flags.stopped', { count: flags.stopped }) })

  if (items.length === 0) {
    return (
      <p className="wg-flags wg-flags-ok" data-testid="wg-flags">
        <span aria-hidden="true">✓</span> {t('flags.allGood')}
      </p>
    )
  }
  return (
    <div className="wg-flags" data-testid="wg-flags">
      <h2 className="visually-hidden">{t('flags.label')}</h2>
      <ul>
        {items.map((item) =>
          item.action ? (
            <li key={item.key} data-flag={item.key}>
              <button type="button" className="wg-flag wg-flag-button" onClick={item.action.onClick}>
                <span className="wg-flag-icon" aria-hidden="true">!</span>
                {item.text}
                {item.key === 'several' && <span className="wg-flag-more">{item.action.label}</span>}
              </button>
            </li>
          ) : (
            <li key={item.key} data-flag={item.key} className="wg-flag">
              <span className="wg-flag-icon" aria-hidden="true">!</span>
              {item.text}
            </li>
          ),
        )}
      </ul>
    </div>
  )
}
