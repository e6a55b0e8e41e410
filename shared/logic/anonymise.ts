/**
 * Anonymised reports: every participant (and stakeholder) gets a stand-in — their initials or
 * their role — and names that appear in free text are replaced by the same stand-in. Pure
 * functions; the document builders call `createAnonymiser` once per document.
 */
import type { Participant, ParticipantCategory, StakeholderMember } from '../model'
import { FORMS_OF_ADDRESS, NAME_WORDS, SENTENCE_WORDS } from './name-words'

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
  /**
   * Only full names replaced: for a line that names someone who may not be a participant (the
   * author), where a shared first name or surname must not turn a stranger into a participant.
   */
  fullNames(value: string): string
}

/** Accented letters a name may be written with, by their plain letter (folded names are matched against these). */
const VARIANTS: Readonly<Record<string, string>> = {
  a: 'àáâãäåā', c: 'çćč', e: 'èéêëēė', i: 'ìíîïı', n: 'ñń', o: 'òóôõöøō', u: 'ùúûüū', y: 'ýÿ', s: 'śšş', z: 'źžż', g: 'ğ', l: 'ł',
}

/** Lower case without diacritics, whitespace runs as one space: "Öztürk" and "ÖZTURK" fold alike. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .toLocaleLowerCase('nl')
    .replace(/\s+/gu, ' ')
    .trim()
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A regex source that matches a folded name however it is accented; spaces match any white space. */
function namePattern(folded: string): string {
  return Array.from(folded)
    .map((ch) => (ch === ' ' ? '\\s+' : VARIANTS[ch] ? `[${ch}${VARIANTS[ch]}]` : escapeRegExp(ch)))
    .join('')
}

/** One way a person's name can appear in text, and what stands in for it. */
interface NameForm {
  /** Folded text of the form. */
  key: string
  /** The stand-in; null when the form fits several people (then a neutral stand-in is used). */
  label: string | null
  /** Whose initial the neutral stand-in uses (initials mode), e.g. "M." for a shared "Mark". */
  initial: string
  /** Also an ordinary Dutch word: only a name with a capital (and see SENTENCE_WORDS). */
  guarded: boolean
  /** A single word (first name or surname on its own), as opposed to a full name. */
  single: boolean
}

/**
 * The forms of one name: the full name; the surname with its tussenvoegsels ("op den Kamp");
 * the surname on its own ("Kamp", and each half of a double name "Huynen-Kleijnen"); the first name.
 */
function formsOf(name: string): Array<{ text: string; single: boolean; ordinary: string | null }> {
  const words = name.trim().split(/\s+/u).filter(Boolean)
  if (words.length === 0) return []
  // `ordinary`: the word that, if it is also a Dutch word, makes the form need a capital.
  const forms: Array<{ text: string; single: boolean; ordinary: string | null }> = [
    { text: words.join(' '), single: words.length === 1, ordinary: words.length === 1 ? words[0]! : null },
  ]
  const first = words[0]!
  if (!first.includes('.')) forms.push({ text: first, single: true, ordinary: first })
  if (words.length > 1) {
    const particleAt = words.findIndex((word, index) => index > 0 && index < words.length - 1 && PARTICLES.has(word.toLowerCase()))
    const surnameStart = particleAt === -1 ? words.length - 1 : particleAt
    const surname = words.slice(surnameStart)
    const core = surname.filter((word) => !PARTICLES.has(word.toLowerCase()))
    const coreText = core.join(' ')
    // "van de Wijk" needs its capital as much as "Wijk" does ("de bewoners van de wijk").
    if (surname.length > core.length) forms.push({ text: surname.join(' '), single: false, ordinary: coreText })
    if (coreText !== '') forms.push({ text: coreText, single: true, ordinary: coreText })
    if (core.length === 1 && coreText.includes('-')) for (const part of coreText.split('-')) if (part.length > 1) forms.push({ text: part, single: true, ordinary: part })
  }
  return forms
}

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLocaleLowerCase('nl') && ch === ch.toLocaleUpperCase('nl')

/** True when `index` starts a sentence: the text's start, or after . ! ? a newline or a bullet (quotes and brackets skipped). */
function startsSentence(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && /[\s"'‘’“”«»([]/u.test(text[at]!)) {
    if (text[at] === '\n') return true
    at--
  }
  return at < 0 || /[.!?•·–-]/u.test(text[at]!)
}

/**
 * Build the anonymiser for one document. In free text every form of every name is replaced by the
 * person's stand-in, case-insensitively and whatever the accents, as whole words (a hyphenated name
 * is one word): full names, surnames with or without their tussenvoegsels, initials before a surname
 * ("A. Kleijnen") and forms of address ("mevrouw Kleijnen"), first names of any length. A name that is
 * also a Dutch word (name-words.ts) is only replaced when written with a capital, and some of those
 * not at the start of a sentence. A first name or surname that several people share gets a neutral
 * stand-in (its initial, or "een deelnemer"), never another person's.
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
  const forms = new Map<string, NameForm>()
  if (mode !== 'none') {
    const people = [
      ...participants.map((p) => ({ name: p.name, label: participantLabels.get(p.id) ?? '' })),
      ...stakeholders.map((s) => ({ name: s.name, label: stakeholderLabels.get(s.id) ?? '' })),
    ]
    for (const { name, label } of people) {
      for (const { text, single, ordinary } of formsOf(name)) {
        const key = foldName(text)
        if (key === '') continue
        const known = forms.get(key)
        if (known) {
          // The same form for two people (two Marks): neither person's label.
          if (known.label !== label) forms.set(key, { ...known, label: null, single: known.single && single })
          continue
        }
        const initial = `${Array.from(text)[0]?.toLocaleUpperCase('nl') ?? '?'}.`
        forms.set(key, { key, label, initial, guarded: ordinary !== null && NAME_WORDS.has(foldName(ordinary)), single })
      }
    }
  }
  // One alternation, longest forms first, so "Maud Vossen" wins over "Maud".
  const keys = [...forms.keys()].sort((a, b) => b.length - a.length)
  const address = FORMS_OF_ADDRESS.map((f) => namePattern(f)).join('|')
  const pattern =
    keys.length > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}_]|[\\p{L}\\p{N}]-)((?:${address})\\s+)?((?:\\p{L}\\.\\s?){1,3}\\s*)?(${keys.map(namePattern).join('|')})(s)?(?![\\p{L}\\p{N}\\p{M}]|-[\\p{L}\\p{N}])`,
          'giu',
        )
      : null

  const standIn = (form: NameForm): string => form.label ?? (mode === 'initials' ? form.initial : 'een deelnemer')

  /** Dutch genitive: "Marks idee" → "M.V.'s idee"; after a vowel or a full stop with an apostrophe. */
  const possessive = (label: string) => (/[bcdfghjklmnpqrtvw]$/iu.test(label) ? `${label}s` : `${label}’s`)

  const replace = (text: string, match: string, index: number, groups: { addressed?: string; initials?: string; name: string; genitive?: string }, onlyFull: boolean): string => {
    const { addressed, initials, name, genitive } = groups
    const form = forms.get(foldName(name))
    if (!form || (onlyFull && form.single)) return match
    // A genitive s only after a name that cannot end in s itself ("Marks", not "Jans" for Jan).
    if (genitive && (form.guarded || !form.single || form.key.length < 4 || /[sxz]$/u.test(form.key))) return match
    // Initials belong to the name only when they are capitals ("A. Kleijnen", not "plan a. kleijnen").
    const ownInitials = initials !== undefined && Array.from(initials).filter((ch) => /\p{L}/u.test(ch)).every(isUpper)
    const kept = initials !== undefined && !ownInitials ? initials : ''
    const nameStart = index + (addressed?.length ?? 0) + (initials?.length ?? 0)
    if (form.guarded && addressed === undefined && !ownInitials) {
      const lastWord = name.split(/\s+/u).pop() ?? name
      if (!isUpper(Array.from(lastWord)[0])) return match
      if (form.single && SENTENCE_WORDS.has(form.key) && startsSentence(text, nameStart)) return match
    }
    let label = standIn(form)
    if (kept === '' && startsSentence(text, index)) label = label.charAt(0).toLocaleUpperCase('nl') + label.slice(1)
    return `${kept}${genitive ? possessive(label) : label}`
  }

  function anonymiseText(value: string, onlyFull: boolean): string {
    if (pattern === null) return value
    const text = value.normalize('NFC')
    return text.replace(pattern, (match: string, addressed: string | undefined, initials: string | undefined, name: string, genitive: string | undefined, index: number) =>
      replace(text, match, index, { ...(addressed ? { addressed } : {}), ...(initials ? { initials } : {}), name, ...(genitive ? { genitive } : {}) }, onlyFull),
    )
  }

  return {
    mode,
    participant: (id) => (id ? (participantLabels.get(id) ?? '') : ''),
    stakeholder: (id) => (id ? (stakeholderLabels.get(id) ?? '') : ''),
    text: (value) => anonymiseText(value, false),
    fullNames: (value) => anonymiseText(value, true),
  }
}
