import { z } from 'zod'
import { Id, OptionalDate, Text, record } from './primitives'

/** The learning community itself: what the start screen asks for when creating one. */
export const Community = record({
  id: Id,
  name: z.string().min(1).max(300),
  startDate: OptionalDate,
  endDate: OptionalDate,
  /** Gemeente of regio. */
  region: Text,
  /** Opdrachtgevende organisatie. */
  commissioner: Text,
  /** Procesbegeleider. */
  facilitator: Text,
  description: Text,
  goal: Text,
  centralQuestion: Text,
})
export type Community = z.infer<typeof Community>

export const communityStatuses = ['preparing', 'running', 'finished', 'stopped'] as const
export const CommunityStatus = z.enum(communityStatuses)
export type CommunityStatus = z.infer<typeof CommunityStatus>

/** Betrokkenheid 1 (zeer laag) … 5 (zeer hoog), or null when not yet estimated. */
export const Engagement = z.number().int().min(1).max(5).nullable().default(null)

/** One row of survey question 12: a category of participants and how engaged it is. */
export const CategoryEngagement = record({
  id: Id,
  label: z.string().max(200),
  engagement: Engagement,
})
export type CategoryEngagement = z.infer<typeof CategoryEngagement>

/**
 * The learning-network profile: the questions of the survey in seed 004 (Bijlage 1).
 * Name, start date, description, goal and central question live on Community.
 */
export const Profile = record({
  initiator: Text,
  status: CommunityStatus.default('running'),
  /** Why the network stopped, when it did. */
  statusNote: Text,
  expectedResultsBefore: Text,
  expectedResultsDuring: Text,
  categoryEngagement: z.array(CategoryEngagement).default([]),
  competences: Text,
  processGuidance: Text,
  contentGuidance: Text,
  collaboration: Text,
  opportunitiesAndChallenges: Text,
  collaborationExperiences: Text,
  method: Text,
  tools: Text,
  costs: Text,
  fundedBy: Text,
  evaluations: Text,
  workingElements: Text,
})
export type Profile = z.infer<typeof Profile>

export const stakeholderBodies = ['soundingBoard', 'steeringGroup'] as const
export const StakeholderBody = z.enum(stakeholderBodies)
export type StakeholderBody = z.infer<typeof StakeholderBody>

/** A member of the klankbordgroep or stuurgroep, in their professional capacity. */
export const StakeholderMember = record({
  id: Id,
  body: StakeholderBody,
  name: z.string().max(200),
  organisation: Text,
  role: Text,
})
export type StakeholderMember = z.infer<typeof StakeholderMember>
