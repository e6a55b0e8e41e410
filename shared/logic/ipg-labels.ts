/**
 * Names used wherever group development is shown or exported: the phases in the models of
 * Remmerswaal and Van Riet, the rows of the IPG matrix, the leadership styles and the levels
 * of group functioning, in Dutch and English. The renderer and the Word exports share them.
 */
import type { FunctioningLevel, GroupPhase, LeadershipStyle, MatrixRow } from '../model'

export type IpgLanguage = 'nl' | 'en'

export const phaseModels = ['remmerswaal', 'vanRiet'] as const
export type PhaseModel = (typeof phaseModels)[number]

const PHASE_NAMES: Record<IpgLanguage, Record<PhaseModel, Record<GroupPhase, string>>> = {
  nl: {
    remmerswaal: {
      pre: 'Voorfase',
      orientation: 'Oriëntatiefase',
      control: 'Controle- en affectiefase',
      autonomy: 'Autonome groep',
      closing: 'Afsluitingsfase',
    },
    vanRiet: {
      pre: 'Voorstadium van groep zijn',
      orientation: 'Fase van groepsvorming',
      control: 'Fase van integratie, desintegratie en herintegratie',
      autonomy: 'Fase van bestaan en voortbestaan',
      closing: 'Afsluitingsfase',
    },
  },
  en: {
    remmerswaal: {
      pre: 'Pre-phase',
      orientation: 'Orientation phase',
      control: 'Control and affection phase',
      autonomy: 'Autonomous group',
      closing: 'Closing phase',
    },
    vanRiet: {
      pre: 'Before being a group',
      orientation: 'Group formation',
      control: 'Integration, disintegration and reintegration',
      autonomy: 'Existence and continued existence',
      closing: 'Closing phase',
    },
  },
}

/** The name of a phase in one of the two models (Remmerswaal is the default). */
export function phaseName(phase: GroupPhase, language: IpgLanguage = 'nl', model: PhaseModel = 'remmerswaal'): string {
  return PHASE_NAMES[language][model][phase]
}

const ROW_NAMES: Record<IpgLanguage, Record<MatrixRow, string>> = {
  nl: {
    meaning: 'Betekenis voor de deelnemer',
    role: 'Rol van de groepswerker',
    leadership: 'Leiderschapsstijl',
    intervention: 'Interventie op niveau',
  },
  en: {
    meaning: 'Meaning for the participant',
    role: 'Role of the facilitator',
    leadership: 'Leadership style',
    intervention: 'Intervention level',
  },
}

const STYLE_NAMES: Record<IpgLanguage, Record<LeadershipStyle, string>> = {
  nl: { directive: 'directief', persuading: 'overtuigend', participating: 'participerend', delegating: 'delegerend' },
  en: { directive: 'directive', persuading: 'persuading', participating: 'participating', delegating: 'delegating' },
}

const LEVEL_NAMES: Record<IpgLanguage, Record<FunctioningLevel, string>> = {
  nl: { content: 'inhoud', procedure: 'procedure', interaction: 'interactie', existence: 'bestaan', context: 'context' },
  en: { content: 'content', procedure: 'procedure', interaction: 'interaction', existence: 'existence', context: 'context' },
}

export const rowName = (row: MatrixRow, language: IpgLanguage = 'nl'): string => ROW_NAMES[language][row]
export const styleName = (style: LeadershipStyle, language: IpgLanguage = 'nl'): string => STYLE_NAMES[language][style]
export const levelName = (level: FunctioningLevel, language: IpgLanguage = 'nl'): string => LEVEL_NAMES[language][level]
