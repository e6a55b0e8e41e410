/** The label of a meeting role: standard roles are translated, custom roles are shown as typed. */
import type { TFunction } from 'i18next'
import { meetingRoles, type StandardMeetingRole } from '../../../../shared/model'

export const isStandardRole = (role: string): role is StandardMeetingRole => (meetingRoles as readonly string[]).includes(role)

export function roleLabel(t: TFunction<'meetings'>, role: string): string {
  return isStandardRole(role) ? t(`role.${role}`) : role
}
