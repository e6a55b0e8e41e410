/**
 * The screens of an open project, in the order of the work (UI.md). Each feature
 * owns its screen and the badge it shows in the sidebar.
 */
import type { ComponentType } from 'react'
import type { ProjectFile } from '../../../shared/model'
import { OverviewScreen } from '../features/overview/OverviewScreen'
import { ParticipantsScreen } from '../features/participants/ParticipantsScreen'
import { ProfileScreen } from '../features/profile/ProfileScreen'
import { InterviewsScreen } from '../features/interviews/InterviewsScreen'
import { PrioritiseScreen } from '../features/prioritise/PrioritiseScreen'
import { ThemeBoardScreen } from '../features/themes/ThemeBoardScreen'
import { WorkGroupsScreen } from '../features/workGroups/WorkGroupsScreen'
import { MeetingsScreen } from '../features/meetings/MeetingsScreen'
import { ActionsScreen } from '../features/actions/ActionsScreen'
import { actionsBadge, meetingsBadge } from '../features/meetings/badges'
import { PhasesScreen } from '../features/phases/PhasesScreen'
import { phasesBadge } from '../features/phases/phases-badge'
import { PlansScreen } from '../features/plans/PlansScreen'
import { EvaluationScreen } from '../features/evaluation/EvaluationScreen'
import type { View } from './app-store'

export interface ScreenEntry {
  view: View
  /** Key under common:nav */
  label: View
  Component: ComponentType
  badge?: (project: ProjectFile) => string | null
}

export const screens: ScreenEntry[] = [
  { view: 'overview', label: 'overview', Component: OverviewScreen },
  { view: 'profile', label: 'profile', Component: ProfileScreen },
  {
    view: 'participants',
    label: 'participants',
    Component: ParticipantsScreen,
    badge: (project) => String(project.participants.filter((p) => p.active).length),
  },
  { view: 'interviews', label: 'interviews', Component: InterviewsScreen, badge: (project) => String(project.interviews.length) },
  { view: 'themes', label: 'themes', Component: ThemeBoardScreen, badge: (project) => String(project.themes.length) },
  { view: 'prioritise', label: 'prioritise', Component: PrioritiseScreen },
  { view: 'workGroups', label: 'workGroups', Component: WorkGroupsScreen, badge: (project) => String(project.workGroups.length) },
  { view: 'meetings', label: 'meetings', Component: MeetingsScreen, badge: meetingsBadge },
  { view: 'actions', label: 'actions', Component: ActionsScreen, badge: actionsBadge },
  // Groepsfasen comes after Bijeenkomsten and Acties (UI.md): keep meetings' entries above this one.
  { view: 'phases', label: 'phases', Component: PhasesScreen, badge: phasesBadge },
  { view: 'plans', label: 'plans', Component: PlansScreen, badge: (project) => String(project.plans.length) },
  { view: 'evaluation', label: 'evaluation', Component: EvaluationScreen, badge: (project) => (project.evaluation.quotes.length > 0 ? String(project.evaluation.quotes.length) : null) },
]
