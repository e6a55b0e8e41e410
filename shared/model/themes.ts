import { z } from 'zod'
import { Id, OptionalDate, Text, record } from './primitives'

/** One orientation interview (oriënterend gesprek) and the themes that came out of it. */
export const Interview = record({
  id: Id,
  /** The person interviewed, when they are a participant (personal data stays in participants). */
  participantId: Id.nullable().default(null),
  /** Who, when not a participant: a role-level description such as "wijkagent Heerlerheide". */
  who: Text,
  role: Text,
  organisation: Text,
  date: OptionalDate,
  notes: Text,
  /** The themes this interview raised, by id. */
  themeIds: z.array(Id).default([]),
})
export type Interview = z.infer<typeof Interview>

export const LearningQuestion = record({
  id: Id,
  text: z.string().max(2000),
})
export type LearningQuestion = z.infer<typeof LearningQuestion>

/** A candidate theme (thema) with its learning questions (leervragen). */
export const Theme = record({
  id: Id,
  title: z.string().max(300),
  description: Text,
  learningQuestions: z.array(LearningQuestion).default([]),
  /** Other sources than interviews: observations, documents, a meeting ("observatie SBT-overleg"). */
  sources: z.array(z.string().max(500)).default([]),
})
export type Theme = z.infer<typeof Theme>

export const columnRoles = ['candidate', 'chosen', 'parked', 'custom'] as const
export const ColumnRole = z.enum(columnRoles)
export type ColumnRole = z.infer<typeof ColumnRole>

/** A column of the theme board; its card order is data (an ordered list of theme ids). */
export const BoardColumn = record({
  id: Id,
  title: z.string().max(200),
  /** candidate/chosen/parked are the defaults (Ingebracht, Gekozen, Geparkeerd); "Kies top N" fills chosen. */
  role: ColumnRole.default('custom'),
  themeIds: z.array(Id).default([]),
})
export type BoardColumn = z.infer<typeof BoardColumn>

export const criteria = ['urgency', 'feasibility', 'changeability', 'affinity'] as const
export const Criterion = z.enum(criteria)
export type Criterion = z.infer<typeof Criterion>

/** A score 1–5, or null when the participant did not score this criterion. */
export const Score = z.number().int().min(1).max(5).nullable().default(null)

/** One participant's scores for one theme on the four criteria. */
export const ThemeScore = record({
  themeId: Id,
  participantId: Id,
  urgency: Score,
  feasibility: Score,
  changeability: Score,
  affinity: Score,
})
export type ThemeScore = z.infer<typeof ThemeScore>

export const DotVote = record({
  themeId: Id,
  participantId: Id,
  dots: z.number().int().min(0).max(100),
})
export type DotVote = z.infer<typeof DotVote>

export const prioritisationMethods = ['scores', 'dots'] as const

export const Prioritisation = record({
  method: z.enum(prioritisationMethods).default('scores'),
  /** Weight per criterion (0–5); the weighted total is the weighted mean of the criterion means. */
  weights: record({
    urgency: z.number().min(0).max(5).default(1),
    feasibility: z.number().min(0).max(5).default(1),
    changeability: z.number().min(0).max(5).default(1),
    affinity: z.number().min(0).max(5).default(1),
  }).default({ urgency: 1, feasibility: 1, changeability: 1, affinity: 1 }),
  scores: z.array(ThemeScore).default([]),
  dotsPerParticipant: z.number().int().min(1).max(20).default(3),
  dotVotes: z.array(DotVote).default([]),
})
export type Prioritisation = z.infer<typeof Prioritisation>

/** A work group (werkgroep) formed around a chosen theme, with a lead (kartrekker). */
export const WorkGroup = record({
  id: Id,
  themeId: Id,
  name: z.string().max(300),
  memberIds: z.array(Id).default([]),
  leadId: Id.nullable().default(null),
})
export type WorkGroup = z.infer<typeof WorkGroup>

export const defaultBoardColumns = (): BoardColumn[] => [
  { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: [] },
  { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: [] },
  { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: [] },
]
