/**
 * Reflectiemomenten: what the group noticed per level of group functioning and what it agreed,
 * newest first; the reminder setting N; open the form from a reminder.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { byDate, type GroupKey } from '../../../../shared/logic/group-phases'
import { functioningLevels, type Reflection } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { formatDate } from '../../i18n/dates'
import { EmptyState } from '../../ui/EmptyState'
import { RemoveButton } from '../../ui/RemoveButton'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { meetingLabel } from './meeting-label'
import { usePhaseEdits } from './phase-edits'
import { ReflectionDialog } from './ReflectionDialog'
import { groupName, useGroups, useIpgLanguage, usePhasesView } from './use-phases'

export function ReflectionsView() {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const language = useIpgLanguage()
  const groups = useGroups()
  const reflections = useProject((p) => p.groupDevelopment.reflections)
  const threshold = useProject((p) => p.groupDevelopment.reflectionReminderMeetings)
  const meetings = useProject((p) => p.meetings)
  const edits = usePhaseEdits(language)
  const reflectFor = usePhasesView((s) => s.reflectFor)
  const setReflectFor = usePhasesView((s) => s.setReflectFor)
  const selectedGroup = usePhasesView((s) => s.group)
  const { notice, announce, dismiss } = useUndoNotice()
  const [dialog, setDialog] = useState<{ reflection: Reflection | null; groupId: GroupKey } | null>(null)
  const settingId = useId()

  // A reminder elsewhere asked to reflect for a group: the form opens for it.
  const shown = dialog ?? (reflectFor !== undefined ? { reflection: null, groupId: reflectFor } : null)

  // Newest first: the time order reversed (on one date, the one recorded last first).
  const sorted = useMemo(() => byDate(reflections).reverse(), [reflections])

  return (
    <section className="reflections" aria-labelledby="reflections-heading">
      <div className="reflections-head">
        <div>
          <h2 id="reflections-heading" className="section-title">
            {t('reflections.heading')}
          </h2>
          <p className="muted">{t('reflections.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setDialog({ reflection: null, groupId: selectedGroup })}>
          {t('reflections.add')}
        </button>
      </div>
      <div className="reflections-setting">
        <label htmlFor={settingId}>{t('reflections.setting')}</label>
        <input
          id={settingId}
          className="input reflections-setting-input"
          type="number"
          min={1}
          max={50}
          value={threshold}
          aria-describedby={`${settingId}-suffix ${settingId}-hint`}
          onChange={(event) => {
            const value = Math.round(Number(event.target.value))
            if (Number.isFinite(value) && value >= 1 && value <= 50) edits.setReminderMeetings(value)
          }}
        />
        <span id={`${settingId}-suffix`}>{t('reflections.settingSuffix')}</span>
        <span className="field-hint" id={`${settingId}-hint`}>
          {t('reflections.settingHint')}
        </span>
      </div>
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={tc('undo')} dismissLabel={tc('close')} testId="reflections-notice" />
      {sorted.length === 0 ? (
        <EmptyState title={t('reflections.heading')} text={t('reflections.empty')} />
      ) : (
        <ol className="reflection-list">
          {sorted.map((r) => {
            const group = groupName(groups, r.workGroupId)
            const meeting = r.meetingId ? meetings.find((m) => m.id === r.meetingId) : undefined
            const levels = functioningLevels.filter((level) => r.levels[level].trim() !== '')
            return (
              <li key={r.id} className="card card-body reflection" data-testid="reflection" data-group={r.workGroupId ?? 'community'}>
                <div className="reflection-head">
                  <h3>
                    {formatDate(r.date)} · {group}
                  </h3>
                  <span className="observation-actions">
                    <button type="button" className="btn btn-ghost btn-small" onClick={() => setDialog({ reflection: r, groupId: r.workGroupId ?? null })}>
                      {t('reflections.edit')}
                    </button>
                    <RemoveButton
                      small
                      label={t('reflections.removeLabel', { date: formatDate(r.date), group })}
                      title={t('reflections.remove')}
                      onClick={() => {
                        edits.removeReflection(r.id)
                        announce(t('reflections.removed', { date: formatDate(r.date) }))
                      }}
                    />
                  </span>
                </div>
                {meeting && (
                  <p className="muted">
                    {t('reflections.meeting')}: {meetingLabel(meeting)}
                  </p>
                )}
                {levels.length > 0 && (
                  <dl className="reflection-levels">
                    {levels.map((level) => (
                      <div key={level}>
                        <dt>{t(`levels.${level}`)}</dt>
                        <dd>{r.levels[level]}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <div className="reflection-agreements">
                  <h4>{t('reflections.agreements')}</h4>
                  {r.agreements.length === 0 ? (
                    <p className="muted">{t('reflections.noAgreements')}</p>
                  ) : (
                    <ul>
                      {r.agreements.map((a) => (
                        <li key={a.id}>{a.text}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            )
          })}
        </ol>
      )}
      {shown && (
        <ReflectionDialog
          key={`${shown.reflection?.id ?? 'new'}-${shown.groupId ?? 'community'}`}
          reflection={shown.reflection}
          groupId={shown.groupId}
          onDone={(reflection) => {
            const editing = shown.reflection !== null
            setDialog(null)
            setReflectFor(undefined)
            if (!reflection) return
            edits.saveReflection(reflection)
            announce(editing ? t('reflections.changed') : t('reflections.added', { group: groupName(groups, reflection.workGroupId) }), 'success')
          }}
        />
      )}
    </section>
  )
}
