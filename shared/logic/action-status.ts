/**
 * The names of an action's status, in one place for every screen and document: the plan's action
 * table, Acties and the Word documents all say "Afgerond" for a done action (not "Klaar" here and
 * "Afgerond" there).
 */
import type { ActionStatus } from '../model'

export const ACTION_STATUS_LABELS: Readonly<Record<'nl' | 'en', Readonly<Record<ActionStatus, string>>>> = {
  nl: { open: 'Open', inProgress: 'Bezig', done: 'Afgerond', cancelled: 'Vervallen' },
  en: { open: 'Open', inProgress: 'In progress', done: 'Done', cancelled: 'Dropped' },
}
