/**
 * Small builders for example and fixture data. They fill every field with its
 * schema default in the schema's key order, so a built project equals
 * `ProjectFile.parse(built)` and serializes to the same bytes every time.
 */
import { defaultBoardColumns } from '../model/themes'
import type {
  BoardColumn,
  CategoryEngagement,
  Interview,
  Prioritisation,
  ProjectFile,
  Theme,
  WorkGroup,
  Community,
  Participant,
  Profile,
  StakeholderBody,
  StakeholderMember,
} from '../model'

/** The declared fields of a loose schema type, without its `[key: string]: unknown` index signature. */
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] }

/** Fields K are required, the other declared fields optional. */
type Fields<T, K extends keyof Known<T>> = Pick<Known<T>, K> & Partial<Omit<Known<T>, K>>

export function community(fields: Fields<Community, 'id' | 'name'>): Community {
  return {
    id: fields.id,
    name: fields.name,
    startDate: fields.startDate ?? null,
    endDate: fields.endDate ?? null,
    region: fields.region ?? '',
    commissioner: fields.commissioner ?? '',
    facilitator: fields.facilitator ?? '',
    description: fields.description ?? '',
    goal: fields.goal ?? '',
    centralQuestion: fields.centralQuestion ?? '',
  }
}

/** One row of survey question 12; `engagement` null means "not estimated". */
export function engagementRow(id: string, label: string, engagement: number | null): CategoryEngagement {
  return { id, label, engagement }
}

export function profile(fields: Partial<Known<Profile>>): Profile {
  return {
    initiator: fields.initiator ?? '',
    status: fields.status ?? 'running',
    statusNote: fields.statusNote ?? '',
    expectedResultsBefore: fields.expectedResultsBefore ?? '',
    expectedResultsDuring: fields.expectedResultsDuring ?? '',
    categoryEngagement: fields.categoryEngagement ?? [],
    competences: fields.competences ?? '',
    processGuidance: fields.processGuidance ?? '',
    contentGuidance: fields.contentGuidance ?? '',
    collaboration: fields.collaboration ?? '',
    opportunitiesAndChallenges: fields.opportunitiesAndChallenges ?? '',
    collaborationExperiences: fields.collaborationExperiences ?? '',
    method: fields.method ?? '',
    tools: fields.tools ?? '',
    costs: fields.costs ?? '',
    fundedBy: fields.fundedBy ?? '',
    evaluations: fields.evaluations ?? '',
    workingElements: fields.workingElements ?? '',
  }
}

export function stakeholder(
  id: string,
  body: StakeholderBody,
  name: string,
  organisation: string,
  role: string,
): StakeholderMember {
  return { id, body, name, organisation, role }
}

export function participant(
  fields: Fields<Participant, 'id' | 'name' | 'category'>,
): Participant {
  return {
    id: fields.id,
    name: fields.name,
    category: fields.category,
    discipline: fields.discipline ?? '',
    organisation: fields.organisation ?? '',
    email: fields.email ?? '',
    phone: fields.phone ?? '',
    joinedOn: fields.joinedOn ?? null,
    leftOn: fields.leftOn ?? null,
    active: fields.active ?? fields.leftOn == null,
    notes: fields.notes ?? '',
  }
}

/** Lines joined with a newline: long profile answers read better as short paragraphs or lists. */
export const lines = (...parts: string[]): string => parts.join('\n')

/** The theme-board part of a project, every field in the schema's key order (empty by default). */
export function themeWork(fields: {
  interviews?: Interview[]
  themes?: Theme[]
  boardColumns?: BoardColumn[]
  prioritisation?: Partial<Prioritisation>
  workGroups?: WorkGroup[]
} = {}): { interviews: Interview[]; themes: Theme[]; boardColumns: BoardColumn[]; prioritisation: Prioritisation; workGroups: WorkGroup[] } {
  const p = fields.prioritisation ?? {}
  return {
    interviews: fields.interviews ?? [],
    themes: fields.themes ?? [],
    boardColumns: fields.boardColumns ?? defaultBoardColumns(),
    prioritisation: {
      method: p.method ?? 'scores',
      weights: p.weights ?? { urgency: 1, feasibility: 1, changeability: 1, affinity: 1 },
      scores: p.scores ?? [],
      dotsPerParticipant: p.dotsPerParticipant ?? 3,
      dotVotes: p.dotVotes ?? [],
    },
    workGroups: fields.workGroups ?? [],
  }
}

/** The meetings part of a project (issue 4), every field in the schema's key order (empty by default). */
export function meetingWork(fields: Partial<MeetingWork> = {}): MeetingWork {
  return {
    locations: fields.locations ?? [],
    meetingSeries: fields.meetingSeries ?? [],
    meetings: fields.meetings ?? [],
    actions: fields.actions ?? [],
    agendaTemplates: fields.agendaTemplates ?? [],
    holidayPeriods: fields.holidayPeriods ?? [],
    roleWillingness: fields.roleWillingness ?? [],
  }
}
export type MeetingWork = Pick<
  ProjectFile,
  'locations' | 'meetingSeries' | 'meetings' | 'actions' | 'agendaTemplates' | 'holidayPeriods' | 'roleWillingness'
>
