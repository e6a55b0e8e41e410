/**
 * Anonymised reports: every participant (and stakeholder) gets a stand-in — their initials or
 * their role — and names that appear in free text are replaced by the same stand-in. Pure
 * functions; the document builders call `createAnonymiser` once per document.
 */
import type { Participant, ParticipantCategory, StakeholderMember } from '../model'

export type AnonymiseMode = 'none' | 'initials' | 'role'

/** Dutch labels for the participant categories, used when a participant has no discipline. */
export const categoryRoleLabel: Record<ParticipantCategory, string> = {
  resident: 'buurtbewoner',
  professional: 'beroepskracht',
  teacherResearcher: 'docent-onderzoeker',
  student: 'student',
  policyOfficer: 'beleidsmedewerker',
  manager: 'manager',
  other: 'deelnemer',
}

/** Words of a name that are not initialled: Dutch and Belgian tussenvoegsels. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", '’t', 'te', 'ten', 'ter', 'op', 'in', 'la', 'le', 'du', 'da', 'von', 'al', 'el'])

/** "Carla op den Kamp" → "C.K.", "Mohamed El Amrani" → "M.A.", "Fatma Öztürk" → "F.Ö.". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s-]+/u).filter(Boolean)
  const kept = words.filter((word, index) => index === 0 || index === words.length - 1 || !PARTICLES.has(word.toLowerCase()))
  const initials = kept.map((word) => Array.from(word)[0]?.toLocaleUpperCase('nl') ?? '').filter(Boolean)
  return initials.length > 0 ? `${initials.join('.')}.` : '?'
}

/** The role a participant is shown as: the first part of their discipline, else their category. */
export function roleOf(participant: Pick<Participant, 'discipline' | 'category'>): string {
  const first = participant.discipline.split(/[,(;]/u)[0]?.trim() ?? ''
  return first !== '' ? first : categoryRoleLabel[participant.category]
}

/** A stakeholder in their professional capacity: "directeur, Heerlen STAND-BY!". */
export function stakeholderRoleOf(stakeholder: Pick<StakeholderMember, 'role' | 'organisation'>): string {
  const parts = [stakeholder.role.trim(), stakeholder.organisation.trim()].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'stakeholder'
}

/** Make repeated labels distinct: "M.V.", "M.V. (2)". The first keeps its plain label. */
function distinct(labels: string[]): string[] {
  const seen = new Map<string, number>()
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1
    seen.set(label, count)
    return count === 1 ? label : `${label} (${count})`
  })
}

/** Participant id → the label shown for them in a report. In 'none' mode that is their name. */
export function pseudonymMap(participants: readonly Participant[], mode: AnonymiseMode): Map<string, string> {
  const labels =
    mode === 'none'
      ? participants.map((p) => p.name.trim())
      : mode === 'initials'
        ? distinct(participants.map((p) => initialsOf(p.name)))
        : participants.map((p) => roleOf(p))
  return new Map(participants.map((p, index) => [p.id, labels[index] ?? '']))
}

export interface Anonymiser {
  mode: AnonymiseMode
  /** The label for a participant id; '' for null or an unknown id. */
  participant(id: string | null | undefined): string
  /** The label for a stakeholder id (name, or role and organisation when anonymised). */
  stakeholder(id: string | null | undefined): string
  /** Free text with every known name replaced by its stand-in (unchanged in 'none' mode). */
  text(value: string): string
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The first name of a full name, when it is long enough to be replaced safely (3+ letters). */
function firstNameOf(name: string): string | null {
  const first = name.trim().split(/\s+/u)[0] ?? ''
  return Array.from(first).length >= 3 ? first : null
}

/**
 * Build the anonymiser for one document. In free text, full names are replaced first, then
 * first names as whole words (case-sensitive, so "frank" as a word is left alone).
 */
export function createAnonymiser(
  participants: readonly Participant[],
  stakeholders: readonly StakeholderMember[],
  mode: AnonymiseMode,
): Anonymiser {
  const participantLabels = pseudonymMap(participants, mode)
  const stakeholderLabels = new Map(
    stakeholders.map((s) => [s.id, mode === 'none' ? s.name.trim() : stakeholderRoleOf(s)] as const),
  )
  const replacements = new Map<string, string>()
  if (mode !== 'none') {
    const people = [
      ...participants.map((p) => ({ name: p.name, label: participantLabels.get(p.id) ?? '' })),
      ...stakeholders.map((s) => ({ name: s.name, label: stakeholderLabels.get(s.id) ?? '' })),
    ]
    for (const { name, label } of people) {
      const full = name.trim()
      if (full !== '' && !replacements.has(full)) replacements.set(full, label)
    }
    for (const { name, label } of people) {
      const first = firstNameOf(name)
      if (first !== null && !replacements.has(first)) replacements.set(first, label)
    }
  }
  // One alternation, longest names first, so "Maud Vossen" wins over "Maud".
  const names = [...replacements.keys()].sort((a, b) => b.length - a.length)
  const pattern =
    names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null

  return {
    mode,
    participant: (id) => (id ? (participantLabels.get(id) ?? '') : ''),
    stakeholder: (id) => (id ? (stakeholderLabels.get(id) ?? '') : ''),
    text: (value) => (pattern === null ? value : value.replace(pattern, (match) => replacements.get(match) ?? match)),
  }
}
