/** The plan of approach of one work group: status and versions, then every section in plan order. */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionsOfGroup, currentSnapshot, effectiveStatus, latestVersion, planProgress } from '../../../../shared/logic/plans'
import type { Plan, WorkGroup } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { AdoptDialog } from './AdoptDialog'
import { CompareDialog } from './CompareDialog'
import { PlanActions, type PersonOption } from './PlanActions'
import { PlanCycles } from './PlanCycles'
import { PlanMilestones } from './PlanMilestones'
import { PlanParticipants, PlanStakeholders } from './PlanPeople'
import { PlanQuestions } from './PlanQuestions'
import { usePlanEdits, type PlanTextField } from './plan-edits'

interface Props {
  plan: Plan
  group: WorkGroup
  onAnnounce: (message: string, tone?: 'info' | 'success') => void
  onExport: () => void
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="card plan-section" aria-labelledby={`plan-h-${id}`} data-section={id}>
      <div className="card-body">
        <h2 id={`plan-h-${id}`} className="section-title">
          {title}
        </h2>
        {children}
      </div>
    </section>
  )
}

/** A text section: its heading is the field's label. */
function TextSection({ field, children }: { field: PlanTextField; children: React.ReactNode }) {
  return (
    <section className="card plan-section" data-section={field}>
      <div className="card-body">{children}</div>
    </section>
  )
}

function PlanText({ field, rows, value, showLabel, onChange }: { field: PlanTextField; rows: number; value: string; showLabel: boolean; onChange: (value: string) => void }) {
  const { t } = useTranslation('plans')
  const id = `plan-${field}`
  return (
    <div className="field plan-text-field">
      {showLabel ? (
        <label htmlFor={id} className="field-label">
          {t(`sections.${field}`)}
        </label>
      ) : (
        <h2 className="section-title plan-text-heading">
          <label htmlFor={id}>{t(`sections.${field}`)}</label>
        </h2>
      )}
      <span className="field-hint" id={`${id}-hint`}>
        {t(`hints.${field}`)}
      </span>
      <textarea id={id} name={field} className="textarea" rows={rows} value={value} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value)} />
    </div>
  )
}

export function PlanEditor({ plan, group, onAnnounce, onExport }: Props) {
  const { t } = useTranslation('plans')
  const edits = usePlanEdits(plan.id)
  const allActions = useProject((p) => p.actions)
  const meetings = useProject((p) => p.meetings)
  const participants = useProject((p) => p.participants)
  const stakeholders = useProject((p) => p.stakeholders)
  const themes = useProject((p) => p.themes)
  const [dialog, setDialog] = useState<'adopt' | 'compare' | null>(null)

  const groupActions = useMemo(() => actionsOfGroup(allActions, group.id, meetings), [allActions, group.id, meetings])
  const status = effectiveStatus(plan, groupActions)
  const latest = latestVersion(plan)
  const progress = planProgress(plan, groupActions)
  const themeQuestions = useMemo(
    () => themes.find((theme) => theme.id === group.themeId)?.learningQuestions.map((q) => q.text) ?? [],
    [themes, group.themeId],
  )
  const people: PersonOption[] = useMemo(() => {
    const members = participants.filter((p) => group.memberIds.includes(p.id))
    const others = participants.filter((p) => !group.memberIds.includes(p.id) && p.active)
    return [...members, ...others].map((p) => ({ id: p.id, label: p.name }))
  }, [participants, group.memberIds])
  const participantName = useCallback((id: string) => participants.find((p) => p.id === id)?.name ?? '?', [participants])
  const stakeholderName = useCallback((id: string) => stakeholders.find((s) => s.id === id)?.name ?? '?', [stakeholders])
  const lead = participants.find((p) => p.id === group.leadId)

  const statusLabel =
    status === 'adopted' && latest
      ? t('status.adoptedVersion', { number: latest.number })
      : latest
        ? t('status.changedSince', { number: latest.number })
        : t('status.draft')

  const text = (field: PlanTextField, rows = 4, label = true) => (
    <PlanText field={field} rows={rows} value={plan[field]} showLabel={label} onChange={(value) => edits.setText(field, value)} />
  )

  return (
    <div className="plan-editor" data-testid="plan-editor">
      <div className="card plan-head">
        <div className="card-body plan-head-body">
          <div className="plan-head-text">
            <h2 className="plan-group-name">{group.name}</h2>
            <p className="muted">
              {lead ? t('header.lead', { name: lead.name }) : t('header.noLead')} · {t('header.members', { count: group.memberIds.length })} ·{' '}
              {t('progress', { done: progress.actionsDone, total: progress.actionsTotal })}
            </p>
          </div>
          <span className={status === 'adopted' ? 'badge plan-status is-adopted' : 'badge plan-status is-draft'} data-testid="plan-status">
            {statusLabel}
          </span>
          <div className="plan-head-actions">
            <button type="button" className="btn btn-primary" disabled={status === 'adopted'} onClick={() => setDialog('adopt')}>
              {latest ? t('header.readopt') : t('header.adopt')}
            </button>
            <button type="button" className="btn" onClick={() => setDialog('compare')} disabled={plan.versions.length === 0}>
              {t('header.compare')}
            </button>
            <button type="button" className="btn" onClick={onExport}>
              {t('header.export')}
            </button>
          </div>
        </div>
      </div>

      <TextSection field="background">{text('background', 4, false)}</TextSection>
      <TextSection field="objective">{text('objective', 3, false)}</TextSection>
      <Section id="learningQuestions" title={t('sections.learningQuestions')}>
        <PlanQuestions questions={plan.learningQuestions} themeQuestions={themeQuestions} edits={edits} onAnnounce={(m) => onAnnounce(m, 'success')} />
      </Section>
      <TextSection field="intendedResults">{text('intendedResults', 4, false)}</TextSection>
      <Section id="actions" title={t('sections.actions')}>
        <PlanActions
          workGroupId={group.id}
          actions={groupActions}
          people={people}
          edits={edits}
          onRemoved={(what) => onAnnounce(t('announce.actionRemoved', { what }))}
        />
      </Section>
      <Section id="cycles" title={t('sections.cycles')}>
        <PlanCycles cycles={plan.cycles} edits={edits} onRemoved={(title) => onAnnounce(t('announce.cycleRemoved', { title }))} />
      </Section>
      <Section id="involved" title={t('sections.involvedParticipantIds')}>
        <PlanParticipants chosen={plan.involvedParticipantIds} memberIds={group.memberIds} participants={participants} edits={edits} />
      </Section>
      <Section id="stakeholders" title={t('sections.stakeholderIds')}>
        <PlanStakeholders chosen={plan.stakeholderIds} stakeholders={stakeholders} edits={edits} />
        {text('otherStakeholders', 2)}
      </Section>
      <Section id="milestones" title={t('sections.milestones')}>
        <PlanMilestones milestones={plan.milestones} edits={edits} onRemoved={(title) => onAnnounce(t('announce.milestoneRemoved', { title }))} />
      </Section>
      <TextSection field="evaluationApproach">{text('evaluationApproach', 3, false)}</TextSection>

      {dialog === 'adopt' && (
        <AdoptDialog
          groupName={group.name}
          nextNumber={(latest?.number ?? 0) + 1}
          onClose={() => setDialog(null)}
          onAdopt={(note) => {
            const number = edits.adopt(note)
            setDialog(null)
            if (number !== null) onAnnounce(t('adopt.done', { group: group.name, number }), 'success')
          }}
        />
      )}
      {dialog === 'compare' && (
        <CompareDialog
          versions={plan.versions}
          current={currentSnapshot(plan, groupActions)}
          participantName={participantName}
          stakeholderName={stakeholderName}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  )
}
