import { z } from 'zod'
import { Id, IsoDate, Text, record } from './primitives'

/**
 * Group development (groepsontwikkeling, DOMAIN.md "The IPG matrix"): the facilitator's own
 * changes to the IPG matrix and to the signals per phase, phase observations per group and
 * reflection moments. The matrix's default text lives in code (shared/logic/ipg-defaults.ts),
 * never in the file: the file only holds what the facilitator changed.
 *
 * A "group" is a work group (by id) or, with workGroupId null, the whole learning community.
 */

/** The five phases, in order (Remmerswaal: voorfase … afsluitingsfase; Van Riet: voorstadium … afsluitingsfase). */
export const groupPhases = ['pre', 'orientation', 'control', 'autonomy', 'closing'] as const
export const GroupPhase = z.enum(groupPhases)
export type GroupPhase = z.infer<typeof GroupPhase>

/** The four rows of the IPG matrix. */
export const matrixRows = ['meaning', 'role', 'leadership', 'intervention'] as const
export const MatrixRow = z.enum(matrixRows)
export type MatrixRow = z.infer<typeof MatrixRow>

/** Situational leadership: directief, overtuigend, participerend, delegerend. */
export const leadershipStyles = ['directive', 'persuading', 'participating', 'delegating'] as const
export const LeadershipStyle = z.enum(leadershipStyles)
export type LeadershipStyle = z.infer<typeof LeadershipStyle>

/** The five levels of group functioning: inhoud, procedure, interactie, bestaan, context. */
export const functioningLevels = ['content', 'procedure', 'interaction', 'existence', 'context'] as const
export const FunctioningLevel = z.enum(functioningLevels)
export type FunctioningLevel = z.infer<typeof FunctioningLevel>

const CellText = z.string().max(5000)

/**
 * The facilitator's version of one matrix cell. Only the parts present replace the default
 * (a cell whose text was rewritten keeps the default style); removing the override = reset.
 * `styles` applies to the leadership row, `levels` (focus levels, most important first) and
 * `examples` (an example intervention per level) to the intervention row.
 */
export const CellOverride = record({
  phase: GroupPhase,
  row: MatrixRow,
  text: CellText.optional(),
  styles: z.array(LeadershipStyle).max(4).optional(),
  levels: z.array(FunctioningLevel).max(5).optional(),
  examples: z.partialRecord(FunctioningLevel, CellText).optional(),
})
export type CellOverride = z.infer<typeof CellOverride>

/**
 * A change to the signals of a phase. For a default signal (its id is one of the defaults'):
 * new text, or removed. Any other id is the facilitator's own signal; removing it only hides
 * it, so observations that ticked it still read well.
 */
export const SignalOverride = record({
  id: Id,
  phase: GroupPhase,
  text: z.string().max(500).nullable().default(null),
  removed: z.boolean().default(false),
})
export type SignalOverride = z.infer<typeof SignalOverride>

/** "On 3 October 2018 the community was in the orientation phase; I saw these signals." */
export const PhaseObservation = record({
  id: Id,
  date: IsoDate,
  /** The work group observed, or null for the whole learning community. */
  workGroupId: Id.nullable().default(null),
  phase: GroupPhase,
  /** Signal ids ticked (default or own signals). */
  signalIds: z.array(Id).default([]),
  note: Text,
})
export type PhaseObservation = z.infer<typeof PhaseObservation>

export const Agreement = record({
  id: Id,
  text: z.string().max(2000),
})
export type Agreement = z.infer<typeof Agreement>

/** What was noticed per level of group functioning during a reflection. */
export const LevelNotes = record({
  content: Text,
  procedure: Text,
  interaction: Text,
  existence: Text,
  context: Text,
})
export type LevelNotes = z.infer<typeof LevelNotes>

/** A reflection moment on the group process, with the agreements it produced. */
export const Reflection = record({
  id: Id,
  date: IsoDate,
  workGroupId: Id.nullable().default(null),
  /** The meeting it took place in, when recorded (issue 4's meetings). */
  meetingId: Id.nullable().default(null),
  levels: LevelNotes.default(() => LevelNotes.parse({})),
  agreements: z.array(Agreement).default([]),
})
export type Reflection = z.infer<typeof Reflection>

export const DEFAULT_REFLECTION_REMINDER = 3

export const GroupDevelopment = record({
  cellOverrides: z.array(CellOverride).default([]),
  signalOverrides: z.array(SignalOverride).default([]),
  observations: z.array(PhaseObservation).default([]),
  reflections: z.array(Reflection).default([]),
  /** Remind when a group had this many meetings since its last reflection (setting N). */
  reflectionReminderMeetings: z.number().int().min(1).max(50).default(DEFAULT_REFLECTION_REMINDER),
})
export type GroupDevelopment = z.infer<typeof GroupDevelopment>

export const emptyGroupDevelopment = (): GroupDevelopment => GroupDevelopment.parse({})
