import { z } from 'zod'
import { Community, Profile, StakeholderMember } from './community'
import { Participant } from './participant'
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
})
export type ProjectFile = z.infer<typeof ProjectFile>
/** What a file holds before defaults are applied (what a caller may write). */
export type ProjectFileInput = z.input<typeof ProjectFile>
