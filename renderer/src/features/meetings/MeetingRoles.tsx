/** Roles at one meeting: voorzitter, notulist, tijdbewaker, optional gastspreker and host, custom roles; a fair rotation suggestion. */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { suggestRoles, unavailableFor } from '../../../../shared/logic/role-rotation'
import { type Meeting, type RoleAssignment, rotatedMeetingRoles } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { ParticipantSelect } from '../../ui/ParticipantSelect'
import { useMeetingEdits } from './meeting-edits'
import { roleLabel } from './role-labels'
import { useMeetingLookups } from './use-meeting-lookups'

const OPTIONAL = ['guestSpeaker', 'host'] as const

export function MeetingRoles({ meeting, announce }: { meeting: Meeting; announce: (message: string) => void }) {
  const { t } = useTranslation('meetings')
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const meetings = useProject((p) => p.meetings)
  const willingness = useProject((p) => p.roleWillingness)
  const [custom, setCustom] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const customId = useId()

  const unavailable = useMemo(() => unavailableFor(meeting, lookups.participants), [meeting, lookups.participants])
  const willingBy = useMemo(() => new Map(willingness.map((w) => [w.participantId, w.roles])), [willingness])
  const customRoles = meeting.roles.map((r) => r.role).filter((role) => !(rotatedMeetingRoles as readonly string[]).includes(role) && !(OPTIONAL as readonly string[]).includes(role))

  const setRole = (role: string, participantId: string | null) => {
    const rest = meeting.roles.filter((r) => r.role !== role)
    const next: RoleAssignment[] = participantId === null ? rest : [...rest, { role, participantId }]
    // Keep a stable order: the standard roles first, in their order, then custom roles as added.
    const order = (r: RoleAssignment) => {
      const i = [...rotatedMeetingRoles, ...OPTIONAL].indexOf(r.role as (typeof rotatedMeetingRoles)[number])
      return i === -1 ? 100 + meeting.roles.findIndex((x) => x.role === r.role) : i
    }
    edits.setRoles(meeting.id, next.sort((a, b) => order(a) - order(b)))
  }

  const suggest = () => {
    const keep = meeting.roles.filter((r) => !(rotatedMeetingRoles as readonly string[]).includes(r.role))
    const roles = suggestRoles({
      roles: rotatedMeetingRoles,
      willingness,
      history: meetings.filter((m) => m.id !== meeting.id),
      date: meeting.date,
      unavailable,
      keep,
    })
    if (roles.length === keep.length) {
      setMessage(t('roles.nothingToSuggest'))
      return
    }
    setMessage(null)
    edits.setRoles(meeting.id, [...roles.filter((r) => !keep.includes(r)), ...keep])
    announce(t('roles.suggested'))
  }

  const addCustom = () => {
    const role = custom.trim()
    if (!role || meeting.roles.some((r) => r.role === role)) return
    const first = lookups.participants.find((p) => p.active && !unavailable.has(p.id))
    if (first) setRole(role, first.id)
    setCustom('')
  }

  const row = (role: string, removable = false) => {
    const assigned = meeting.roles.find((r) => r.role === role)?.participantId ?? null
    const others = meeting.roles.filter((r) => r.role !== role).map((r) => r.participantId)
    const warnings: string[] = []
    const name = assigned ? (lookups.personName.get(assigned) ?? '') : ''
    if (assigned && others.includes(assigned)) warnings.push(t('roles.twice', { name }))
    if (assigned && unavailable.has(assigned)) warnings.push(`${name} ${t('roles.absent')}`)
    if (assigned && (rotatedMeetingRoles as readonly string[]).includes(role) && !(willingBy.get(assigned) ?? []).includes(role)) {
      warnings.push(`${name} ${t('roles.notWilling')}`)
    }
    const options = lookups.participants.filter((p) => p.active || p.id === assigned)
    const selectId = `role-${role.replace(/[^a-zA-Z0-9]+/g, '-')}`
    return (
      <div className="mt-role-row" key={role} data-testid="role-row" data-role={role}>
        <label className="field-label mt-role-label" htmlFor={selectId}>
          {roleLabel(t, role)}
        </label>
        <ParticipantSelect id={selectId} participants={options} noneLabel={t('roles.nobody')} value={assigned} onChange={(participantId) => setRole(role, participantId)} />
        {removable ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setRole(role, null)} aria-label={t('roles.removeRole', { role })}>
            ×
          </button>
        ) : (
          <span />
        )}
        {warnings.length > 0 && (
          <span className="mt-role-warning" role="note">
            {warnings.join(' · ')}
          </span>
        )}
      </div>
    )
  }

  return (
    <div className="card mt-card" data-testid="meeting-roles">
      <div className="card-body form-grid">
        <div className="mt-card-head">
          <div>
            <h2 className="section-title">{t('roles.heading')}</h2>
            <p className="muted">{t('roles.intro')}</p>
          </div>
          <button type="button" className="btn btn-primary" onClick={suggest}>
            {t('roles.suggest')}
          </button>
        </div>
        {message && (
          <p className="notice notice-warning" role="status">
            {message}
          </p>
        )}
        <div className="mt-roles">{rotatedMeetingRoles.map((role) => row(role))}</div>
        <h3 className="mt-subheading">{t('roles.optional')}</h3>
        <div className="mt-roles">
          {OPTIONAL.map((role) => row(role))}
          {customRoles.map((role) => row(role, true))}
        </div>
        <div className="mt-custom-role">
          <label className="field-label" htmlFor={customId}>
            {t('roles.custom')}
          </label>
          <input
            id={customId}
            className="input"
            value={custom}
            placeholder={t('roles.customPlaceholder')}
            onChange={(e) => setCustom(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') addCustom()
            }}
          />
          <button type="button" className="btn" onClick={addCustom}>
            {t('roles.addCustom')}
          </button>
        </div>
      </div>
    </div>
  )
}
