/**
 * The profile screen's sections (survey in seed 004, Bijlage 1, grouped for a facilitator)
 * and how much of each is filled in. Together the sections cover exactly the items that
 * profileCompleteness counts, so the per-section counts add up to the page total.
 */
import type { ProjectFile } from '../model'
import type { ProfileTextField } from './profile'

export const profileSectionIds = ['community', 'purpose', 'results', 'participants', 'guidance', 'method', 'stakeholders'] as const
export type ProfileSectionId = (typeof profileSectionIds)[number]

/** One item that counts towards completeness. */
export type CompletenessItem =
  | { kind: 'profile'; field: ProfileTextField }
  | { kind: 'community'; field: 'description' | 'goal' | 'centralQuestion' | 'startDate' }
  | { kind: 'engagement' }

const profileItem = (field: ProfileTextField): CompletenessItem => ({ kind: 'profile', field })
const communityItem = (field: 'description' | 'goal' | 'centralQuestion' | 'startDate'): CompletenessItem => ({
  kind: 'community',
  field,
})

/** The items each section contributes; the stakeholders section counts members instead. */
export const sectionItems: Readonly<Record<ProfileSectionId, readonly CompletenessItem[]>> = {
  community: [communityItem('startDate'), profileItem('initiator')],
  purpose: [communityItem('description'), communityItem('goal'), communityItem('centralQuestion')],
  results: [profileItem('expectedResultsBefore'), profileItem('expectedResultsDuring')],
  participants: [{ kind: 'engagement' }],
  guidance: [
    profileItem('competences'),
    profileItem('processGuidance'),
    profileItem('contentGuidance'),
    profileItem('collaboration'),
    profileItem('opportunitiesAndChallenges'),
    profileItem('collaborationExperiences'),
  ],
  method: [
    profileItem('method'),
    profileItem('tools'),
    profileItem('costs'),
    profileItem('fundedBy'),
    profileItem('evaluations'),
    profileItem('workingElements'),
  ],
  stakeholders: [],
}

/** Is this item filled in? Blank text does not count; an engagement row counts once it is estimated. */
export function isItemFilled(project: ProjectFile, item: CompletenessItem): boolean {
  switch (item.kind) {
    case 'profile':
      return project.profile[item.field].trim() !== ''
    case 'community':
      return (project.community[item.field] ?? '').trim() !== ''
    case 'engagement':
      return project.profile.categoryEngagement.some((row) => row.engagement !== null)
  }
}

export interface SectionProgress {
  filled: number
  total: number
}

/** Filled and total items per section (0 of 0 for the stakeholders section). */
export function sectionProgress(project: ProjectFile): Record<ProfileSectionId, SectionProgress> {
  const result = {} as Record<ProfileSectionId, SectionProgress>
  for (const id of profileSectionIds) {
    const items = sectionItems[id]
    result[id] = { filled: items.filter((item) => isItemFilled(project, item)).length, total: items.length }
  }
  return result
}
