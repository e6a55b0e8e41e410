import { randomUUID } from 'node:crypto'
import type { ParsedInput } from '../../shared/api'
import { CURRENT_SCHEMA_VERSION, PROJECT_FORMAT, ProjectFile } from '../../shared/model'
import { isoWithOffset } from './time'

/** The participant categories of survey question 12, as the profile lists them for a new community. */
export const CATEGORY_LABELS = [
  'Buurtbewoners en vrijwilligers',
  'Professionals',
  'Docent-onderzoekers',
  'Studenten',
  'Beleidsmedewerkers',
  'Managers',
] as const

type NewCommunity = ParsedInput<'project.create'>['community']

/** A new, empty version-1 project for `community`, every default filled in by the schema. */
export function buildNewProject(community: NewCommunity, now: Date, newId: () => string = randomUUID): ProjectFile {
  return ProjectFile.parse({
    format: PROJECT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: isoWithOffset(now),
    community: { ...community, id: newId() },
    profile: {
      categoryEngagement: CATEGORY_LABELS.map((label) => ({ id: newId(), label, engagement: null })),
    },
  })
}
