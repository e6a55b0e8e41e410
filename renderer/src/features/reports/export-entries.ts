/**
 * What the Export menu lists: every document the app can export, each with why it cannot be
 * exported yet (no work groups, no plan, no meetings). Pure, so the menu only lays it out.
 */
import { splitMeetings } from '../../../../shared/logic/meeting-series'
import { planOf } from '../../../../shared/logic/plans'
import type { Meeting, ProjectFile } from '../../../../shared/model'
import type { ExportRequest } from '../../app/app-store'

export type DisabledReason = 'noWorkGroups' | 'noPlan' | 'noPlans' | 'noMeetings'

export interface ExportEntry {
  /** Stable key (and test id suffix). */
  key: string
  section: 'plans' | 'reports' | 'meetings'
  request: ExportRequest
  /** The work group's name, for the plan entries. */
  groupName?: string
  disabled: DisabledReason | null
}

export function exportEntries(project: Pick<ProjectFile, 'workGroups' | 'plans' | 'meetings'>): ExportEntry[] {
  const plans: ExportEntry[] =
    project.workGroups.length === 0
      ? [{ key: 'plan', section: 'plans', request: { kind: 'plan.workGroup' }, disabled: 'noWorkGroups' }]
      : project.workGroups.map((group) => ({
          key: `plan-${group.id}`,
          section: 'plans',
          request: { kind: 'plan.workGroup', workGroupId: group.id },
          groupName: group.name,
          disabled: planOf(project.plans, group.id) ? null : 'noPlan',
        }))
  const noMeetings = project.meetings.length === 0 ? ('noMeetings' as const) : null
  return [
    ...plans,
    { key: 'plans', section: 'reports', request: { kind: 'plan.community' }, disabled: project.plans.length === 0 ? 'noPlans' : null },
    { key: 'evaluation', section: 'reports', request: { kind: 'evaluation.report' }, disabled: null },
    { key: 'agenda', section: 'meetings', request: { kind: 'meeting.agenda' }, disabled: noMeetings },
    { key: 'minutes', section: 'meetings', request: { kind: 'meeting.minutes' }, disabled: noMeetings },
    { key: 'calendar', section: 'meetings', request: { kind: 'meetings.calendar' }, disabled: noMeetings },
  ]
}

/**
 * The meeting a meeting export starts with: for an invitation the next one (today or later), for
 * minutes the most recent one that took place; the other when there is none.
 */
export function defaultMeeting(meetings: readonly Meeting[], today: string, kind: 'meeting.agenda' | 'meeting.minutes'): Meeting | undefined {
  const { upcoming, past } = splitMeetings(meetings, today)
  return kind === 'meeting.minutes' ? (past[0] ?? upcoming[0]) : (upcoming[0] ?? past[0])
}
