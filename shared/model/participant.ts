import { z } from 'zod'
import { Id, OptionalDate, Text, record } from './primitives'

/** The categories of the learning-network survey (seed 004), in the order the UI lists them. */
export const participantCategories = [
  'resident',
  'professional',
  'teacherResearcher',
  'student',
  'policyOfficer',
  'manager',
  'other',
] as const
export const ParticipantCategory = z.enum(participantCategories)
export type ParticipantCategory = z.infer<typeof ParticipantCategory>

/**
 * A person taking part in the learning community. This is the one place where
 * participants' personal data lives; everything else refers to a participant by id.
 */
export const Participant = record({
  id: Id,
  name: z.string().min(1).max(200),
  category: ParticipantCategory,
  /** For professionals: wijkverpleegkundige, maatschappelijk werker, jeugdconsulent… */
  discipline: Text,
  organisation: Text,
  email: Text,
  phone: Text,
  joinedOn: OptionalDate,
  /** Set when someone left: they stay in the file (history), marked inactive. */
  leftOn: OptionalDate,
  active: z.boolean().default(true),
  notes: Text,
})
export type Participant = z.infer<typeof Participant>
