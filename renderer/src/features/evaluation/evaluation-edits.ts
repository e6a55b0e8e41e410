/** Every change the evaluation screen makes: one edit each (one undo step); typing merges by mergeKey. */
import { useMemo } from 'react'
import { moveQuote, setResult } from '../../../../shared/logic/evaluation'
import { setCheck } from '../../../../shared/logic/success-factors'
import type { ChallengeKind, CheckStatus, QuoteCategory } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { useEdit, useSessionStore } from '../../app/session-store'

type EvaluationText = 'introduction' | 'overallResults' | 'conclusion'

const currentQuotes = () => useSessionStore.getState().session?.history.present.evaluation.quotes ?? []

export function useEvaluationEdits() {
  const edit = useEdit()
  return useMemo(
    () => ({
      setText(field: EvaluationText, value: string) {
        edit((p) => {
          p.evaluation[field] = value
        }, { mergeKey: `evaluation:${field}` })
      },
      setDate(date: string | null) {
        edit((p) => {
          p.evaluation.date = date
        })
      },
      addQuote(text: string, participantId: string | null, category: QuoteCategory): string {
        const id = newId('quote-')
        edit((p) => {
          p.evaluation.quotes.push({ id, text, participantId, category })
        })
        return id
      },
      setQuoteText(quoteId: string, text: string) {
        edit((p) => {
          const quote = p.evaluation.quotes.find((q) => q.id === quoteId)
          if (quote) quote.text = text
        }, { mergeKey: `quote:${quoteId}:text` })
      },
      setQuoteWho(quoteId: string, participantId: string | null) {
        edit((p) => {
          const quote = p.evaluation.quotes.find((q) => q.id === quoteId)
          if (quote) quote.participantId = participantId
        })
      },
      /** Move a quote to a category at a position among its quotes; false when nothing changed. */
      moveQuote(quoteId: string, category: QuoteCategory, index?: number): boolean {
        const before = currentQuotes()
        const after = moveQuote(before, quoteId, category, index)
        if (after === before) return false
        edit((p) => {
          p.evaluation.quotes = after
        })
        return true
      },
      removeQuote(quoteId: string) {
        edit((p) => {
          p.evaluation.quotes = p.evaluation.quotes.filter((q) => q.id !== quoteId)
        })
      },
      setResult(workGroupId: string, text: string) {
        edit((p) => {
          p.evaluation.workGroupResults = setResult(p.evaluation.workGroupResults, workGroupId, text)
        }, { mergeKey: `evaluation:result:${workGroupId}` })
      },
      addChallenge(kind: ChallengeKind): string {
        const id = newId('challenge-')
        edit((p) => {
          p.evaluation.challenges.push({ id, kind, text: '' })
        })
        return id
      },
      setChallenge(challengeId: string, change: { kind?: ChallengeKind; text?: string }) {
        edit(
          (p) => {
            const challenge = p.evaluation.challenges.find((c) => c.id === challengeId)
            if (challenge) Object.assign(challenge, change)
          },
          change.text !== undefined ? { mergeKey: `challenge:${challengeId}:text` } : undefined,
        )
      },
      removeChallenge(challengeId: string) {
        edit((p) => {
          p.evaluation.challenges = p.evaluation.challenges.filter((c) => c.id !== challengeId)
        })
      },
      setCheckStatus(pointId: string, status: CheckStatus | null) {
        edit((p) => {
          p.evaluation.successFactorChecks = setCheck(p.evaluation.successFactorChecks, pointId, { status })
        })
      },
      setCheckRemark(pointId: string, remark: string) {
        edit((p) => {
          p.evaluation.successFactorChecks = setCheck(p.evaluation.successFactorChecks, pointId, { remark })
        }, { mergeKey: `check:${pointId}:remark` })
      },
    }),
    [edit],
  )
}

export type EvaluationEdits = ReturnType<typeof useEvaluationEdits>
