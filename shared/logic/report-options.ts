/**
 * The options of the plan and evaluation reports (the export dialog sends them as the
 * `options` of `export.document`; the exporter checks them with ReportOptions): title page
 * with an optional logo, author, date, anonymisation, and which sections to include.
 */
import { z } from 'zod'
import { IsoDate } from '../model'

export const planReportSections = [
  'background',
  'objective',
  'learningQuestions',
  'intendedResults',
  'actions',
  'cycles',
  'people',
  'milestones',
  'evaluationApproach',
  'versions',
] as const
export type PlanReportSection = (typeof planReportSections)[number]

export const evaluationReportSections = [
  'introduction',
  'results',
  'quotes',
  'successFactors',
  'challenges',
  'groupDevelopment',
  'conclusion',
] as const
export type EvaluationReportSection = (typeof evaluationReportSections)[number]

export const anonymiseModes = ['none', 'initials', 'role'] as const

export const ReportOptions = z
  .object({
    title: z.string().max(300).default(''),
    subtitle: z.string().max(300).default(''),
    author: z.string().max(300).default(''),
    date: IsoDate.nullable().default(null),
    /** An image chosen through `export.chooseImage`; read and checked again when the document is built. */
    logoPath: z.string().min(1).max(4096).nullable().default(null),
    anonymise: z.enum(anonymiseModes).default('none'),
    /** The sections to include; omitted = all. Unknown names are ignored. */
    sections: z.array(z.string().max(50)).max(50).nullable().default(null),
  })
  .strict()
export type ReportOptions = z.infer<typeof ReportOptions>
export type ReportOptionsInput = z.input<typeof ReportOptions>

/** Whether a section is included (all are, when no list was given). */
export const includes = (options: Pick<ReportOptions, 'sections'>, section: string): boolean =>
  options.sections === null || options.sections.includes(section)
