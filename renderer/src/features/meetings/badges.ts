/** Sidebar badges: the number of meetings, and of open actions. */
import { countActions } from '../../../../shared/logic/actions'
import { amsterdamToday } from '../../../../shared/logic/meeting-time'
import type { ProjectFile } from '../../../../shared/model'

export function meetingsBadge(project: ProjectFile): string | null {
  return project.meetings.length === 0 ? null : String(project.meetings.length)
}

export function actionsBadge(project: ProjectFile): string | null {
  if (project.actions.length === 0) return null
  return String(countActions(project.actions, amsterdamToday(new Date())).open)
}
