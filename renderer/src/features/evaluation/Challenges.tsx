/** Challenges for after the community: borging, continuity, points to improve. */
import { useTranslation } from 'react-i18next'
import { challengeKinds, type Challenge, type ChallengeKind } from '../../../../shared/model'
import { RemoveButton } from '../../ui/RemoveButton'
import type { EvaluationEdits } from './evaluation-edits'

export function Challenges({ challenges, edits }: { challenges: readonly Challenge[]; edits: EvaluationEdits }) {
  const { t } = useTranslation('evaluation')
  return (
    <div className="challenges" data-testid="challenges">
      {challenges.length === 0 && <p className="muted">{t('challenges.none')}</p>}
      {challenges.map((challenge, index) => {
        const number = index + 1
        return (
          <div key={challenge.id} className="challenge" data-testid="challenge">
            <select className="select challenge-kind" aria-label={t('challenges.kind', { number })} value={challenge.kind} onChange={(event) => edits.setChallenge(challenge.id, { kind: event.target.value as ChallengeKind })}>
              {challengeKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`challenges.kinds.${kind}`)}
                </option>
              ))}
            </select>
            <textarea id={`ch-${challenge.id}`} className="textarea" rows={2} aria-label={t('challenges.text', { number })} value={challenge.text} onChange={(event) => edits.setChallenge(challenge.id, { text: event.target.value })} />
            <RemoveButton label={t('challenges.remove', { number })} onClick={() => edits.removeChallenge(challenge.id)} />
          </div>
        )
      })}
      <div>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            const id = edits.addChallenge('sustainability')
            requestAnimationFrame(() => document.getElementById(`ch-${id}`)?.focus())
          }}
        >
          {t('challenges.add')}
        </button>
      </div>
    </div>
  )
}
