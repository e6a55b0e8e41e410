/**
 * Observable signals per phase: what a facilitator may see or hear that suggests where a group
 * stands. Default signals are written for Werkbank (general group-dynamics knowledge, an editable
 * starting point); the facilitator edits, removes and adds signals per project, stored as
 * SignalOverride entries. Observations refer to signals by id.
 */
import type { GroupPhase, PhaseObservation, SignalOverride } from '../model'
import { groupPhases } from '../model'
import type { IpgLanguage } from './ipg-labels'

export interface Signal {
  id: string
  phase: GroupPhase
  text: string
  /** A default signal (reset restores its text) or the facilitator's own. */
  isDefault: boolean
  /** A default signal whose text the facilitator changed. */
  edited: boolean
}

const NL: Record<GroupPhase, string[]> = {
  pre: [
    'Mensen vragen wat meedoen kost aan tijd en wat het oplevert',
    'Aanmeldingen komen aarzelend binnen; sommigen wachten af wie er nog meedoen',
    'Vragen gaan vooral over praktische zaken: plek, tijd, vergoeding',
    'Leidinggevenden of organisaties moeten nog toestemming geven',
  ],
  orientation: [
    'Deelnemers wachten op de begeleider en kijken naar hem of haar',
    'Beleefde, voorzichtige gesprekken; weinig tegenspraak',
    'Vragen over doel, regels en wat er verwacht wordt',
    'Mensen praten vooral met wie ze al kennen',
    'Stiltes vallen snel; weinig eigen initiatief',
  ],
  control: [
    'Discussie over procedures, rollen en wie wat beslist',
    'Subgroepjes of coalities ontstaan',
    'Openlijke onenigheid of conflict, ook met de begeleider',
    'Afspraken worden ter discussie gesteld of niet nagekomen',
    'Sommigen trekken zich terug of blijven weg',
  ],
  autonomy: [
    'De groep begint zelf op tijd, ook zonder begeleider',
    'Deelnemers spreken elkaar aan en geven feedback',
    'Rollen wisselen soepel; de kartrekker neemt initiatief',
    'Verschillen van mening worden besproken zonder dat de sfeer lijdt',
    'Ideeën en acties komen uit de groep zelf',
  ],
  closing: [
    'Vragen over wat er na het einde gebeurt',
    'Terugblikken en trots op de resultaten',
    'Minder energie of meer afwezigheid in de laatste bijeenkomsten',
    'Zorgen over borging en het voortbestaan van de samenwerking',
  ],
}

const EN: Record<GroupPhase, string[]> = {
  pre: [
    'People ask how much time taking part costs and what it brings',
    'Sign-ups come in hesitantly; some wait to see who else joins',
    'Questions are mostly practical: place, time, allowance',
    'Managers or organisations still have to give permission',
  ],
  orientation: [
    'Participants wait for the facilitator and look to them',
    'Polite, careful conversations; little disagreement',
    'Questions about the purpose, the rules and what is expected',
    'People mostly talk to those they already know',
    'Silences fall quickly; little initiative of their own',
  ],
  control: [
    'Discussion about procedures, roles and who decides what',
    'Subgroups or coalitions form',
    'Open disagreement or conflict, also with the facilitator',
    'Agreements are questioned or not kept',
    'Some withdraw or stay away',
  ],
  autonomy: [
    'The group starts on time by itself, even without the facilitator',
    'Participants hold each other to account and give feedback',
    'Roles change smoothly; the lead takes initiative',
    'Differences of opinion are discussed without harming the atmosphere',
    'Ideas and actions come from the group itself',
  ],
  closing: [
    'Questions about what happens after the end',
    'Looking back, and pride in the results',
    'Less energy or more absence in the last meetings',
    'Worries about continuity and whether the collaboration will last',
  ],
}

const SOURCES: Record<IpgLanguage, Record<GroupPhase, string[]>> = { nl: NL, en: EN }

/** Stable ids of the default signals: `sig-<phase>-<n>` (n from 1). */
export const defaultSignalId = (phase: GroupPhase, index: number): string => `sig-${phase}-${index + 1}`

export function defaultSignals(language: IpgLanguage = 'nl'): Signal[] {
  return groupPhases.flatMap((phase) =>
    SOURCES[language][phase].map((text, index) => ({ id: defaultSignalId(phase, index), phase, text, isDefault: true, edited: false })),
  )
}

const defaultIds = new Set(defaultSignals('nl').map((s) => s.id))
export const isDefaultSignalId = (id: string): boolean => defaultIds.has(id)

/**
 * The signals of every phase as the facilitator sees them: defaults (edited text applied,
 * removed ones left out) in their order, then the facilitator's own signals in the order added.
 */
export function effectiveSignals(overrides: readonly SignalOverride[], language: IpgLanguage = 'nl'): Signal[] {
  const byId = new Map(overrides.map((o) => [o.id, o]))
  const defaults = defaultSignals(language)
  const result: Signal[] = []
  for (const phase of groupPhases) {
    for (const signal of defaults.filter((s) => s.phase === phase)) {
      const override = byId.get(signal.id)
      if (override?.removed) continue
      if (override?.text != null) result.push({ ...signal, text: override.text, edited: true })
      else result.push(signal)
    }
    for (const own of overrides) {
      if (own.phase !== phase || isDefaultSignalId(own.id) || own.removed || own.text === null) continue
      result.push({ id: own.id, phase, text: own.text, isDefault: false, edited: false })
    }
  }
  return result
}

/** The text of any signal an observation may have ticked, also a removed one; null if unknown. */
export function signalText(id: string, overrides: readonly SignalOverride[], language: IpgLanguage = 'nl'): string | null {
  const override = overrides.find((o) => o.id === id)
  if (override?.text != null) return override.text
  return defaultSignals(language).find((s) => s.id === id)?.text ?? null
}

const replace = (overrides: readonly SignalOverride[], next: SignalOverride): SignalOverride[] =>
  overrides.some((o) => o.id === next.id) ? overrides.map((o) => (o.id === next.id ? next : o)) : [...overrides, next]

/** Change a signal's text. Setting a default signal back to its default text removes the override. */
export function editSignal(
  overrides: readonly SignalOverride[],
  signal: Pick<Signal, 'id' | 'phase'>,
  text: string,
  language: IpgLanguage = 'nl',
): SignalOverride[] {
  const existing = overrides.find((o) => o.id === signal.id)
  if (isDefaultSignalId(signal.id)) {
    const original = defaultSignals(language).find((s) => s.id === signal.id)?.text
    if (text === original && !existing?.removed) return overrides.filter((o) => o.id !== signal.id)
  }
  return replace(overrides, { id: signal.id, phase: signal.phase, text, removed: existing?.removed ?? false })
}

export function addSignal(overrides: readonly SignalOverride[], id: string, phase: GroupPhase, text: string): SignalOverride[] {
  return [...overrides, { id, phase, text, removed: false }]
}

/** Hide a signal; a facilitator's own signal keeps its text so old observations still read well. */
export function removeSignal(overrides: readonly SignalOverride[], signal: Pick<Signal, 'id' | 'phase'>): SignalOverride[] {
  const existing = overrides.find((o) => o.id === signal.id)
  return replace(overrides, { id: signal.id, phase: signal.phase, text: existing?.text ?? null, removed: true })
}

/**
 * Back to the default signals of a phase: changes to default signals are dropped; the
 * facilitator's own signals disappear, and are only kept (hidden) when an observation ticked them.
 */
export function resetPhaseSignals(
  overrides: readonly SignalOverride[],
  phase: GroupPhase,
  observations: readonly Pick<PhaseObservation, 'signalIds'>[],
): SignalOverride[] {
  const ticked = new Set(observations.flatMap((o) => o.signalIds))
  return overrides.flatMap((o) => {
    if (o.phase !== phase) return [o]
    if (isDefaultSignalId(o.id) || !ticked.has(o.id)) return []
    return [o.removed ? o : { ...o, removed: true }]
  })
}

/** Does this phase differ from the defaults (something to reset)? */
export function phaseSignalsChanged(overrides: readonly SignalOverride[], phase: GroupPhase): boolean {
  return overrides.some((o) => o.phase === phase && (isDefaultSignalId(o.id) || !o.removed))
}
