import type { ProjectFile } from '../model'

/** The survey's open questions, in the order of seed 004's Bijlage 1. */
export const profileTextFields = [
  'initiator',
  'expectedResultsBefore',
  'expectedResultsDuring',
  'competences',
  'processGuidance',
  'contentGuidance',
  'collaboration',
  'opportunitiesAndChallenges',
  'collaborationExperiences',
  'method',
  'tools',
  'costs',
  'fundedBy',
  'evaluations',
  'workingElements',
] as const
export type ProfileTextField = (typeof profileTextFields)[number]

/** How much of the profile is filled in: community basics, open questions and engagement estimates. */
export function profileCompleteness(project: ProjectFile): { filled: number; total: number } {
  const { community, profile } = project
  const checks = [
    community.description,
    community.goal,
    community.centralQuestion,
    community.startDate ?? '',
    ...profileTextFields.map((field) => profile[field]),
  ].map((value) => value.trim() !== '')
  checks.push(profile.categoryEngagement.some((row) => row.engagement !== null))
  return { filled: checks.filter(Boolean).length, total: checks.length }
}
