/** Betrokkenen (participants) and stakeholders of a plan, as checkbox lists. */
import { useTranslation } from 'react-i18next'
import type { Participant, StakeholderMember } from '../../../../shared/model'
import type { PlanEdits } from './plan-edits'

interface PeopleProps {
  chosen: readonly string[]
  memberIds: readonly string[]
  participants: readonly Participant[]
  edits: PlanEdits
}

const roleOf = (p: Participant) => p.discipline.split(/[,(]/u)[0]?.trim() || p.organisation

function Check({ id, label, detail, checked, onChange }: { id: string; label: string; detail: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="plan-person" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>
        <span className="plan-person-name">{label}</span>
        {detail && <span className="plan-person-detail">{detail}</span>}
      </span>
    </label>
  )
}

export function PlanParticipants({ chosen, memberIds, participants, edits }: PeopleProps) {
  const { t } = useTranslation('plans')
  const members = participants.filter((p) => memberIds.includes(p.id))
  // Others: active ones, plus anyone already chosen (also when they stopped).
  const others = participants.filter((p) => !memberIds.includes(p.id) && (p.active || chosen.includes(p.id)))
  const row = (p: Participant) => (
    <Check
      key={p.id}
      id={`inv-${p.id}`}
      label={p.name}
      detail={p.active ? roleOf(p) : `${roleOf(p)} · ${t('people.stopped')}`}
      checked={chosen.includes(p.id)}
      onChange={(on) => edits.togglePerson('involvedParticipantIds', p.id, on)}
    />
  )
  return (
    <div className="plan-people" data-testid="plan-involved">
      <p className="field-hint">{t('people.summary', { count: chosen.length })}</p>
      <fieldset className="plan-people-group">
        <legend>{t('people.members')}</legend>
        <div className="plan-people-grid">{members.map(row)}</div>
      </fieldset>
      {others.length > 0 && (
        <details className="plan-people-more" open={others.some((p) => chosen.includes(p.id))}>
          <summary>
            {t('people.others')} ({others.length})
          </summary>
          <div className="plan-people-grid">{others.map(row)}</div>
        </details>
      )}
    </div>
  )
}

interface StakeholderProps {
  chosen: readonly string[]
  stakeholders: readonly StakeholderMember[]
  edits: PlanEdits
}

export function PlanStakeholders({ chosen, stakeholders, edits }: StakeholderProps) {
  const { t } = useTranslation('plans')
  if (stakeholders.length === 0) return <p className="muted">{t('people.noStakeholders')}</p>
  const bodies = [
    ['soundingBoard', t('people.soundingBoard')],
    ['steeringGroup', t('people.steeringGroup')],
  ] as const
  return (
    <div className="plan-people" data-testid="plan-stakeholders">
      {bodies.map(([body, label]) => {
        const list = stakeholders.filter((s) => s.body === body)
        if (list.length === 0) return null
        return (
          <fieldset key={body} className="plan-people-group">
            <legend>{label}</legend>
            <div className="plan-people-grid">
              {list.map((s) => (
                <Check
                  key={s.id}
                  id={`sh-${s.id}`}
                  label={s.name}
                  detail={[s.role, s.organisation].filter(Boolean).join(', ')}
                  checked={chosen.includes(s.id)}
                  onChange={(on) => edits.togglePerson('stakeholderIds', s.id, on)}
                />
              ))}
            </div>
          </fieldset>
        )
      })}
    </div>
  )
}
