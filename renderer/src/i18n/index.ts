import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/api'
import * as participants from '../features/participants/messages'
import * as overview from '../features/overview/messages'
import * as profile from '../features/profile/messages'
import * as start from '../features/start/messages'
import * as common from './common'
import * as interviews from '../features/interviews/messages'
import * as prioritise from '../features/prioritise/messages'
import * as themes from '../features/themes/messages'
import * as workGroups from '../features/workGroups/messages'
import * as meetings from '../features/meetings/messages'
import * as actions from '../features/actions/messages'
import * as phases from '../features/phases/messages'
import * as plans from '../features/plans/messages'
import * as evaluation from '../features/evaluation/messages'
import * as reports from '../features/reports/messages'
import * as agenda from '../features/agenda/messages'
import * as chairing from '../features/chairing/messages'

/** One namespace per feature, so features own their texts. */
export const resources = {
  nl: { common: common.nl, start: start.nl, overview: overview.nl, profile: profile.nl, participants: participants.nl, interviews: interviews.nl, themes: themes.nl, prioritise: prioritise.nl, workGroups: workGroups.nl, meetings: meetings.nl, actions: actions.nl, phases: phases.nl, plans: plans.nl, evaluation: evaluation.nl, reports: reports.nl, agenda: agenda.nl, chairing: chairing.nl },
  en: { common: common.en, start: start.en, overview: overview.en, profile: profile.en, participants: participants.en, interviews: interviews.en, themes: themes.en, prioritise: prioritise.en, workGroups: workGroups.en, meetings: meetings.en, actions: actions.en, phases: phases.en, plans: plans.en, evaluation: evaluation.en, reports: reports.en, agenda: agenda.en, chairing: chairing.en },
} as const

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['nl']
  }
}

export function initI18n(language: Language): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    ns: ['common', 'start', 'overview', 'profile', 'participants', 'interviews', 'themes', 'prioritise', 'workGroups', 'meetings', 'actions', 'phases', 'plans', 'evaluation', 'reports', 'agenda', 'chairing'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  document.documentElement.lang = language
  return i18n
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language)
  document.documentElement.lang = language
}
