/**
 * Every change the plans screen makes, as one hook. Each call is one edit (one undo step,
 * autosaved); typing in one field merges by mergeKey. A plan's actions are the project's
 * shared `actions` with the group's workGroupId: adding one here adds it there.
 */
import { useMemo } from 'react'
import type { Draft } from 'immer'
import { actionsOfGroup, adoptPlan, createPlan } from '../../../../shared/logic/plans'
import type { Action, ActionStatus, CycleStepKey, Plan } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { currentProject, useEdit } from '../../app/session-store'
import { amsterdamIsoAt } from '../../../../shared/logic/meeting-time'
import { newAction } from '../meetings/meeting-edits'

export type PlanTextField = 'background' | 'objective' | 'intendedResults' | 'otherStakeholders' | 'evaluationApproach'
export type PeopleField = 'involvedParticipantIds' | 'stakeholderIds'

export function usePlanEdits(planId: string | null) {
  const edit = useEdit()
  return useMemo(() => {
    const onPlan = (recipe: (plan: Draft<Plan>) => void, mergeKey?: string) =>
      edit(
        (project) => {
          const plan = project.plans.find((p) => p.id === planId)
          if (plan) recipe(plan)
        },
        mergeKey ? { mergeKey } : undefined,
      )
    const onAction = (actionId: string, recipe: (action: Draft<Action>) => void, mergeKey?: string) =>
      edit(
        (project) => {
          const action = project.actions.find((a) => a.id === actionId)
          if (action) recipe(action)
        },
        mergeKey ? { mergeKey } : undefined,
      )
    return {
      /** Make the plan of a work group (learning questions from its theme). Returns the new plan's id. */
      create(workGroupId: string): string | null {
        const project = currentProject()
        const group = project?.workGroups.find((g) => g.id === workGroupId)
        if (!project || !group) return null
        const plan = createPlan(newId('plan-'), group, project.themes.find((t) => t.id === group.themeId))
        edit((draft) => {
          draft.plans.push(plan)
        })
        return plan.id
      },
      setText(field: PlanTextField, value: string) {
        onPlan((plan) => {
          plan[field] = value
        }, `plan:${planId}:${field}`)
      },
      setQuestion(questionId: string, text: string) {
        onPlan((plan) => {
          const question = plan.learningQuestions.find((q) => q.id === questionId)
          if (question) question.text = text
        }, `plan:${planId}:question:${questionId}`)
      },
      addQuestion(): string {
        const id = newId('lq-')
        onPlan((plan) => {
          plan.learningQuestions.push({ id, text: '' })
        })
        return id
      },
      removeQuestion(questionId: string) {
        onPlan((plan) => {
          plan.learningQuestions = plan.learningQuestions.filter((q) => q.id !== questionId)
        })
      },
      /** Add the theme's learning questions that are not in the plan (same text); returns how many. */
      addThemeQuestions(texts: readonly string[]): number {
        const project = currentProject()
        const plan = project?.plans.find((p) => p.id === planId)
        if (!plan) return 0
        const have = new Set(plan.learningQuestions.map((q) => q.text.trim()))
        const missing = texts.filter((text) => !have.has(text.trim()))
        if (missing.length > 0)
          onPlan((draft) => {
            draft.learningQuestions.push(...missing.map((text) => ({ id: newId('lq-'), text })))
          })
        return missing.length
      },
      togglePerson(field: PeopleField, id: string, on: boolean) {
        onPlan((plan) => {
          const list = plan[field]
          if (on && !list.includes(id)) list.push(id)
          if (!on) plan[field] = list.filter((x) => x !== id)
        })
      },
      addCycle(): string {
        const id = newId('cycle-')
        const step = () => ({ text: '', date: null })
        onPlan((plan) => {
          plan.cycles.push({ id, title: '', try: step(), saw: step(), learnt: step(), implement: step() })
        })
        return id
      },
      setCycleTitle(cycleId: string, title: string) {
        onPlan((plan) => {
          const cycle = plan.cycles.find((c) => c.id === cycleId)
          if (cycle) cycle.title = title
        }, `plan:${planId}:cycle:${cycleId}:title`)
      },
      setCycleStep(cycleId: string, step: CycleStepKey, change: { text?: string; date?: string | null }) {
        const field = change.text !== undefined ? 'text' : 'date'
        onPlan((plan) => {
          const cycle = plan.cycles.find((c) => c.id === cycleId)
          if (!cycle) return
          if (change.text !== undefined) cycle[step].text = change.text
          if (change.date !== undefined) cycle[step].date = change.date
        }, `plan:${planId}:cycle:${cycleId}:${step}:${field}`)
      },
      removeCycle(cycleId: string) {
        onPlan((plan) => {
          plan.cycles = plan.cycles.filter((c) => c.id !== cycleId)
        })
      },
      addMilestone(): string {
        const id = newId('ms-')
        onPlan((plan) => {
          plan.milestones.push({ id, date: null, title: '', done: false })
        })
        return id
      },
      setMilestone(milestoneId: string, change: { title?: string; date?: string | null; done?: boolean }) {
        const field = Object.keys(change)[0] ?? 'x'
        onPlan(
          (plan) => {
            const milestone = plan.milestones.find((m) => m.id === milestoneId)
            if (milestone) Object.assign(milestone, change)
          },
          field === 'title' ? `plan:${planId}:milestone:${milestoneId}:title` : undefined,
        )
      },
      removeMilestone(milestoneId: string) {
        onPlan((plan) => {
          plan.milestones = plan.milestones.filter((m) => m.id !== milestoneId)
        })
      },
      /** A new shared action for the work group (open, no meeting). */
      addAction(workGroupId: string): string {
        const action = newAction({ workGroupId })
        edit((project) => {
          project.actions.push(action)
        })
        return action.id
      },
      setActionWhat(actionId: string, what: string) {
        onAction(actionId, (a) => {
          a.what = what
        }, `action:${actionId}:what`)
      },
      setActionOwner(actionId: string, ownerId: string | null) {
        onAction(actionId, (a) => {
          a.ownerId = ownerId
        })
      },
      setActionDeadline(actionId: string, deadline: string | null) {
        onAction(actionId, (a) => {
          a.deadline = deadline
        })
      },
      setActionStatus(actionId: string, status: ActionStatus, today: string) {
        onAction(actionId, (a) => {
          a.status = status
          a.doneOn = status === 'done' ? (a.doneOn ?? today) : null
        })
      },
      removeAction(actionId: string) {
        edit((project) => {
          project.actions = project.actions.filter((a) => a.id !== actionId)
        })
      },
      /** Vaststellen: keep a version with the group's actions. Returns the new version number. */
      adopt(note: string): number | null {
        const project = currentProject()
        const plan = project?.plans.find((p) => p.id === planId)
        if (!project || !plan) return null
        const adopted = adoptPlan(plan, actionsOfGroup(project.actions, plan.workGroupId, project.meetings), {
          versionId: newId('version-'),
          adoptedAt: amsterdamIsoAt(Date.now()),
          note,
        })
        edit((draft) => {
          const index = draft.plans.findIndex((p) => p.id === planId)
          if (index >= 0) draft.plans[index] = adopted
        })
        return adopted.versions[adopted.versions.length - 1]?.number ?? null
      },
    }
  }, [edit, planId])
}

export type PlanEdits = ReturnType<typeof usePlanEdits>
