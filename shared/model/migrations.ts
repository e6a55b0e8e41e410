/**
 * Migrations from older schema versions, one step at a time. Each step takes the
 * raw object of version N and returns the raw object of version N+1; validation
 * runs afterwards on the result. Unknown keys are carried along untouched.
 */
import type { ParticipantCategory } from './participant'

type Raw = Record<string, unknown>

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** v0 (the prototype, 2025) kept a free-text `role` per participant. */
function categoryFromV0Role(role: unknown): ParticipantCategory {
  const text = typeof role === 'string' ? role.toLowerCase() : ''
  if (/bewoner|vrijwillig|ervarings/.test(text)) return 'resident'
  if (/docent|onderzoek|lector/.test(text)) return 'teacherResearcher'
  if (/student/.test(text)) return 'student'
  if (/beleid|gemeente/.test(text)) return 'policyOfficer'
  if (/manager|leidinggevend|teamleider|directeur/.test(text)) return 'manager'
  if (text.trim() === '') return 'other'
  return 'professional'
}

/**
 * v0 → v1: the prototype stored `name`, `period: { start, end }` and `participants`
 * at the top level. v1 groups the community's details under `community`, adds the
 * survey profile and stakeholders, and gives participants a category.
 */
function v0ToV1(v0: Raw): Raw {
  const { name, period, participants, id, ...rest } = v0
  const periodRecord = isRecord(period) ? period : {}
  return {
    ...rest,
    schemaVersion: 1,
    createdAt: typeof v0.createdAt === 'string' ? v0.createdAt : '2025-01-01T00:00:00+01:00',
    community: {
      id: typeof id === 'string' ? id : 'community-v0',
      name,
      startDate: periodRecord.start ?? null,
      endDate: periodRecord.end ?? null,
    },
    profile: {},
    stakeholders: [],
    participants: Array.isArray(participants)
      ? participants.map((p) => {
          if (!isRecord(p)) return p
          const { role, ...person } = p
          return {
            ...person,
            category: categoryFromV0Role(role),
            discipline: typeof role === 'string' ? role : '',
          }
        })
      : [],
  }
}

/** migrations[n] turns version n into version n+1. */
export const migrations: ReadonlyArray<(raw: Raw) => Raw> = [v0ToV1]
