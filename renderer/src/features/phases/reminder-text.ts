import type { TFunction } from 'i18next'
import type { ReflectionReminder } from '../../../../shared/logic/group-phases'

/**
 * "Werkgroep X: 4 bijeenkomsten sinds de laatste reflectie." (or "nog nooit gereflecteerd"); a group
 * without meetings held is counted by its observation moments, and the text says so.
 */
export function reminderText(t: TFunction<'phases'>, reminder: ReflectionReminder, group: string): string {
  const count = reminder.momentsSince
  const never = reminder.lastReflection === null
  if (reminder.basis === 'meetings') return never ? t('reminder.dueNever', { count, group }) : t('reminder.due', { count, group })
  return never ? t('reminder.dueObservationsNever', { count, group }) : t('reminder.dueObservations', { count, group })
}
