import { useTranslation } from 'react-i18next'
import type { GroupPhase } from '../../../../shared/model'
import { phaseNumber, usePhaseNames } from './use-phases'

/** "Fase 2 · Oriëntatiefase · Fase van groepsvorming" as a stacked heading, following the model switch. */
export function PhaseHeading({ phase }: { phase: GroupPhase }) {
  const { t } = useTranslation('phases')
  const names = usePhaseNames()
  const secondary = names.secondary(phase)
  return (
    <span className="phase-heading">
      <span className={`phase-number phase-${phase}`}>{t('phaseNumber', { n: phaseNumber(phase) })}</span>
      <span className="phase-name">{names.primary(phase)}</span>
      {secondary && <span className="phase-name-alt">{secondary}</span>}
    </span>
  )
}

/** A small chip "2 · Oriëntatiefase", or "Nog geen fase". */
export function PhaseChip({ phase }: { phase: GroupPhase | null }) {
  const { t } = useTranslation('phases')
  const names = usePhaseNames()
  if (phase === null) return <span className="phase-chip phase-none">{t('noPhase')}</span>
  const secondary = names.secondary(phase)
  return (
    <span className={`phase-chip phase-${phase}`} title={secondary ?? undefined} data-phase={phase}>
      <span className="phase-chip-number" aria-hidden="true">
        {phaseNumber(phase)}
      </span>
      {names.primary(phase)}
    </span>
  )
}
