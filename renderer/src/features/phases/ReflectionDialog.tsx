/**
 * Record (or edit) a reflection moment: date, group, optionally the meeting it took place in,
 * per level of group functioning what was noticed, and the agreements made.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type GroupKey, groupMeetings } from '../../../../shared/logic/group-phases'
import { type Agreement, functioningLevels, type LevelNotes, type Reflection } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { useProject } from '../../app/session-store'
import { todayIso } from '../../i18n/dates'
import { Dialog } from '../../ui/Dialog'
import { DateField, SelectField, TextArea } from '../../ui/fields'
import { RemoveButton } from '../../ui/RemoveButton'
import { meetingLabel } from './meeting-label'
import { groupFromValue, groupValue } from './ObservationDialog'
import { useGroups } from './use-phases'

const EMPTY_LEVELS: LevelNotes = { content: '', procedure: '', interaction: '', existence: '', context: '' }
const NO_MEETING = ''

interface Props {
  reflection: Reflection | null
  groupId: GroupKey
  onDone: (reflection: Reflection | null) => void
}

export function ReflectionDialog({ reflection, groupId, onDone }: Props) {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const groups = useGroups()
  const meetings = useProject((p) => p.meetings)
  const [date, setDate] = useState<string | null>(reflection?.date ?? todayIso())
  const [group, setGroup] = useState(groupValue(reflection ? (reflection.workGroupId ?? null) : groupId))
  const [meetingId, setMeetingId] = useState(reflection?.meetingId ?? NO_MEETING)
  const [levels, setLevels] = useState<LevelNotes>({ ...EMPTY_LEVELS, ...reflection?.levels })
  const [agreements, setAgreements] = useState<Agreement[]>(reflection?.agreements ?? [])
  const [error, setError] = useState<string | null>(null)
  const groupMeetingOptions = useMemo(
    () => groupMeetings(meetings, groupFromValue(group)).map((m) => ({ value: m.id, label: meetingLabel(m) })),
    [meetings, group],
  )

  const save = () => {
    if (!date) return setError(t('observation.dateRequired'))
    onDone({
      ...(reflection ?? {}),
      id: reflection?.id ?? newId('rf-'),
      date,
      workGroupId: groupFromValue(group),
      meetingId: groupMeetingOptions.some((o) => o.value === meetingId) ? meetingId : null,
      levels,
      agreements: agreements.filter((a) => a.text.trim() !== ''),
    })
  }

  return (
    <Dialog
      open
      wide
      title={reflection ? t('reflection.titleEdit') : t('reflection.titleNew')}
      onClose={() => onDone(null)}
      testId="reflection-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={() => onDone(null)}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={save}>
            {t('reflection.save')}
          </button>
        </>
      }
    >
      <div className="field-row">
        <DateField label={t('reflection.date')} value={date} onChange={setDate} error={error} />
        <SelectField label={t('reflection.group')} value={group} options={groups.map((g) => ({ value: groupValue(g.id), label: g.name }))} onChange={setGroup} />
        {groupMeetingOptions.length > 0 && (
          <SelectField
            label={t('reflection.meeting')}
            value={meetingId}
            options={[{ value: NO_MEETING, label: t('reflection.noMeeting') }, ...groupMeetingOptions]}
            onChange={setMeetingId}
          />
        )}
      </div>
      <fieldset className="ipg-fieldset">
        <legend className="field-label">{t('reflection.levelsHeading')}</legend>
        <div className="reflection-level-fields">
          {functioningLevels.map((level) => (
            <TextArea
              key={level}
              label={t(`levels.${level}`)}
              hint={t(`reflection.levelHint.${level}`)}
              value={levels[level]}
              rows={2}
              onChange={(value) => setLevels({ ...levels, [level]: value })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="ipg-fieldset">
        <legend className="field-label">{t('reflection.agreements')}</legend>
        <ol className="agreement-fields">
          {agreements.map((a, index) => (
            <li key={a.id}>
              <input
                className="input"
                aria-label={t('reflection.agreementLabel', { n: index + 1 })}
                value={a.text}
                onChange={(event) => setAgreements(agreements.map((x) => (x.id === a.id ? { ...x, text: event.target.value } : x)))}
              />
              <RemoveButton
                small
                label={t('reflection.removeAgreement', { n: index + 1 })}
                title={null}
                onClick={() => setAgreements(agreements.filter((x) => x.id !== a.id))}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="btn btn-small agreement-add"
          onClick={() => {
            setAgreements([...agreements, { id: newId('ag-'), text: '' }])
            requestAnimationFrame(() => {
              const inputs = document.querySelectorAll<HTMLInputElement>('.agreement-fields input')
              inputs[inputs.length - 1]?.focus()
            })
          }}
        >
          {t('reflection.addAgreement')}
        </button>
      </fieldset>
    </Dialog>
  )
}
