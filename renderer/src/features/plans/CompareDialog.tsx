/**
 * Compare two versions of a plan (or a version with the current plan), section by section:
 * texts as a word diff (struck through: removed, underlined: added), lists as added /
 * removed / changed items with what changed.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changedSectionCount, comparePlanSnapshots, type FieldChange, type SectionDiff } from '../../../../shared/logic/plan-compare'
import { versionSnapshot, type PlanSnapshot } from '../../../../shared/logic/plans'
import type { PlanVersion } from '../../../../shared/model'
import { formatDate } from '../../i18n/dates'
import { Dialog } from '../../ui/Dialog'

const CURRENT = 'current'

interface Props {
  versions: readonly PlanVersion[]
  current: PlanSnapshot
  participantName: (id: string) => string
  stakeholderName: (id: string) => string
  onClose: () => void
}

export function CompareDialog({ versions, current, participantName, stakeholderName, onClose }: Props) {
  const { t } = useTranslation('plans')
  const { t: common } = useTranslation()
  const sorted = useMemo(() => [...versions].sort((a, b) => a.number - b.number), [versions])
  const latest = sorted[sorted.length - 1]
  const [fromId, setFromId] = useState(latest?.id ?? '')
  const [toId, setToId] = useState(CURRENT)

  const snapshotOf = (id: string): PlanSnapshot | null => {
    if (id === CURRENT) return current
    const version = sorted.find((v) => v.id === id)
    return version ? versionSnapshot(version) : null
  }
  const from = snapshotOf(fromId)
  const to = snapshotOf(toId)
  const diffs = useMemo(
    () => (from && to ? comparePlanSnapshots(from, to, { participant: participantName, stakeholder: stakeholderName }) : []),
    [from, to, participantName, stakeholderName],
  )
  const versionLabel = (v: PlanVersion) => t('compare.version', { number: v.number, date: formatDate(v.adoptedAt.slice(0, 10)) })
  const changedCount = changedSectionCount(diffs)
  const unchanged = diffs.filter((d) => !d.changed)

  const value = (field: string, raw: FieldChange['before']): string => {
    if (raw === null || raw === '') return t('compare.empty')
    if (typeof raw === 'boolean') return raw ? t('compare.yes') : t('compare.no')
    if (field === 'date' || field === 'deadline' || field.endsWith('.date')) return formatDate(raw)
    if (field === 'ownerId') return participantName(raw)
    if (field === 'status') return t(`actions.statuses.${raw as 'open'}`, { defaultValue: raw })
    return raw
  }

  return (
    <Dialog
      open
      wide
      title={t('compare.title')}
      onClose={onClose}
      testId="compare-dialog"
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {common('close')}
        </button>
      }
    >
      {sorted.length === 0 ? (
        <p>{t('compare.noVersions')}</p>
      ) : (
        <>
          <div className="compare-pickers">
            <label className="field">
              <span className="field-label">{t('compare.from')}</span>
              <select className="select" value={fromId} onChange={(event) => setFromId(event.target.value)}>
                {sorted.map((v) => (
                  <option key={v.id} value={v.id}>
                    {versionLabel(v)}
                  </option>
                ))}
              </select>
            </label>
            <span className="compare-arrow" aria-hidden="true">
              →
            </span>
            <label className="field">
              <span className="field-label">{t('compare.to')}</span>
              <select className="select" value={toId} onChange={(event) => setToId(event.target.value)}>
                {sorted.map((v) => (
                  <option key={v.id} value={v.id}>
                    {versionLabel(v)}
                  </option>
                ))}
                <option value={CURRENT}>{t('compare.current')}</option>
              </select>
            </label>
          </div>
          <p className="compare-summary" data-testid="compare-summary" role="status">
            {changedCount === 0 ? t('compare.same') : t('compare.changed', { count: changedCount })}
            {changedCount > 0 && <span className="muted"> · {t('compare.legend')}</span>}
          </p>
          <div className="compare-sections">
            {diffs
              .filter((d) => d.changed)
              .map((diff) => (
                <section key={diff.key} className="compare-section" data-testid="compare-section" data-section={diff.key}>
                  <h3>{t(`sections.${diff.key}`)}</h3>
                  <SectionBody diff={diff} value={value} />
                </section>
              ))}
            {unchanged.length > 0 && (
              <p className="muted compare-unchanged">
                {t('compare.unchanged')}: {unchanged.map((d) => t(`sections.${d.key}`)).join(', ')}
              </p>
            )}
          </div>
        </>
      )}
    </Dialog>
  )
}

function SectionBody({ diff, value }: { diff: SectionDiff; value: (field: string, raw: FieldChange['before']) => string }) {
  const { t } = useTranslation('plans')
  if (diff.kind === 'text') {
    return (
      <p className="compare-text">
        {diff.segments.map((segment, index) =>
          segment.op === 'added' ? (
            <ins key={index}>{segment.text}</ins>
          ) : segment.op === 'removed' ? (
            <del key={index}>{segment.text}</del>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
    )
  }
  return (
    <ul className="compare-items">
      {diff.items
        .filter((item) => item.op !== 'same')
        .map((item) => (
          <li key={`${item.op}-${item.id}`} className={`compare-item op-${item.op}`}>
            <span className={`badge compare-badge op-${item.op}`}>
              {item.op === 'added' ? t('compare.added') : item.op === 'removed' ? t('compare.removed') : t('compare.changedItem')}
            </span>{' '}
            <span className="compare-item-label">{item.label || t('compare.empty')}</span>
            {item.changes.length > 0 && (
              <ul className="compare-changes">
                {item.changes.map((change) => (
                  <li key={change.field}>
                    {t(`compare.fields.${change.field as 'text'}`, { defaultValue: change.field })}: <del>{value(change.field, change.before)}</del> →{' '}
                    <ins>{value(change.field, change.after)}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
    </ul>
  )
}
