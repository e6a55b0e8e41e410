import { z } from 'zod'
import { Community, Profile, StakeholderMember } from './community'
import {
  Action,
  AgendaTemplate,
  HolidayPeriod,
  Location,
  Meeting,
  MeetingSeries,
  RoleWillingness,
} from './meetings'
import { Evaluation } from './evaluation'
import { GroupDevelopment } from './group-development'
import { Participant } from './participant'
import { Plan } from './plans'
import { Timestamp, record } from './primitives'
import { BoardColumn, Interview, Prioritisation, Theme, WorkGroup, defaultBoardColumns } from './themes'

export const PROJECT_FORMAT = 'werkbank'
export const CURRENT_SCHEMA_VERSION = 1

export const ProjectSettings = record({
  /** May a participant join more than one work group? (used by the theme board feature) */
  allowMultipleWorkGroups: z.boolean().default(true),
})

/** The whole project file, schema version 1. */
export const ProjectFile = record({
  format: z.literal(PROJECT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  createdAt: Timestamp,
  community: Community,
  profile: Profile,
  stakeholders: z.array(StakeholderMember).default([]),
  participants: z.array(Participant).default([]),
  settings: ProjectSettings.default({ allowMultipleWorkGroups: true }),
  // Added for the theme board; files without them (older v1 files) get empty defaults.
  interviews: z.array(Interview).default([]),
  themes: z.array(Theme).default([]),
  boardColumns: z.array(BoardColumn).default(defaultBoardColumns),
  prioritisation: Prioritisation.default(() => Prioritisation.parse({})),
  workGroups: z.array(WorkGroup).default([]),
  // Added for meetings (issue 4); files without them get empty defaults.
  locations: z.array(Location).default([]),
  meetingSeries: z.array(MeetingSeries).default([]),
  meetings: z.array(Meeting).default([]),
  actions: z.array(Action).default([]),
  agendaTemplates: z.array(AgendaTemplate).default([]),
  /** School-holiday periods the facilitator marked; meetings in them are flagged. */
  holidayPeriods: z.array(HolidayPeriod).default([]),
  roleWillingness: z.array(RoleWillingness).default([]),
  // Added for plans of approach and the evaluation (issue 6); files without them get empty defaults.
  plans: z.array(Plan).default([]),
  evaluation: Evaluation.default(() => Evaluation.parse({})),
  // Added for group development (issue 5): IPG-matrix changes, phase observations, reflections.
  groupDevelopment: GroupDevelopment.default(() => GroupDevelopment.parse({})),
})
export type ProjectFile = z.infer<typeof ProjectFile>
/** What a file holds before defaults are applied (what a caller may write). */
export type ProjectFileInput = z.input<typeof ProjectFile>
