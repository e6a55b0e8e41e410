/**
 * The exporters of the plan and evaluation reports (registered in ../registry.ts): each checks
 * its subject and options (and reads the logo) before the save dialog is shown, suggests a file
 * name, and builds the document when asked.
 */
import { planOf } from '../../../../shared/logic/plans'
import { err, ok } from '../../../../shared/result'
import { packDocument } from '../pack'
import { sanitize } from '../text'
import type { Exporter } from '../registry'
import { buildEvaluationReport } from './evaluation-report'
import { buildCommunityPlans, buildWorkGroupPlan } from './plan-report'
import { prepareReport } from './report-common'

const suggested = (title: string, fallback: string) => sanitize(title).replace(/\s+/g, ' ') || fallback

const workGroupPlan: Exporter = (project, request) => {
  const group = project.workGroups.find((g) => g.id === request.workGroupId)
  if (!group) return err('NOT_FOUND', 'Deze werkgroep bestaat niet (meer) in het project.', request.workGroupId)
  if (!planOf(project.plans, group.id)) return err('NOT_FOUND', `Werkgroep “${sanitize(group.name)}” heeft nog geen plan van aanpak.`)
  const prepared = prepareReport(project, request.options)
  if (!prepared.ok) return prepared
  const ctx = prepared.value
  return ok({
    suggestedName: suggested(ctx.options.title, `Plan van aanpak ${sanitize(group.name)}`),
    extension: 'docx',
    build: async () => {
      const document = buildWorkGroupPlan(project, group.id, ctx)
      if (!document) throw new Error('Plan niet gevonden')
      return packDocument(document)
    },
  })
}

const communityPlans: Exporter = (project, request) => {
  if (project.plans.length === 0) return err('NOT_FOUND', 'Er zijn nog geen plannen van aanpak om te exporteren.')
  const prepared = prepareReport(project, request.options)
  if (!prepared.ok) return prepared
  const ctx = prepared.value
  return ok({
    suggestedName: suggested(ctx.options.title, `Plannen van aanpak ${sanitize(project.community.name)}`),
    extension: 'docx',
    build: () => packDocument(buildCommunityPlans(project, ctx)),
  })
}

const evaluationReport: Exporter = (project, request) => {
  const prepared = prepareReport(project, request.options)
  if (!prepared.ok) return prepared
  const ctx = prepared.value
  return ok({
    suggestedName: suggested(ctx.options.title, `Evaluatieverslag ${sanitize(project.community.name)}`),
    extension: 'docx',
    build: () => packDocument(buildEvaluationReport(project, ctx)),
  })
}

export const planExporters = {
  'plan.workGroup': workGroupPlan,
  'plan.community': communityPlans,
  'evaluation.report': evaluationReport,
} as const
