/**
 * What the plan and evaluation reports share: their options (checked), the anonymiser, the
 * logo, Dutch labels, and the report document itself (title page, TOC, body on a new page).
 */
import { type Document, type FileChild, type Paragraph } from 'docx'
import type { ErrorCode } from '../../../../shared/api'
import { createAnonymiser, type Anonymiser } from '../../../../shared/logic/anonymise'
import { ReportOptions } from '../../../../shared/logic/report-options'
import type { CheckStatus, PlanStatus, ProjectFile } from '../../../../shared/model'
import { type Result, err, ok } from '../../../../shared/result'
import { dutchDate } from '../dates'
import { houseDocument } from '../house-style'
import { fitInto, readLogoSync, type LogoImage } from '../logo'
import { bullet, paragraph } from '../blocks'
import { sanitize } from '../text'

export const PLAN_STATUS: Record<PlanStatus, string> = { draft: 'Concept', adopted: 'Vastgesteld' }
export const CHECK_STATUS: Record<CheckStatus, string> = { ok: 'In orde', attention: 'Aandacht nodig', notApplicable: 'n.v.t.' }

/** Everything a report builder needs besides the project. */
export interface ReportContext {
  options: ReportOptions
  anon: Anonymiser
  logo: LogoImage | null
}

/** Check the dialog's options; read the logo when one was chosen (before the save dialog, so a vanished file is reported first). */
export function prepareReport(project: ProjectFile, rawOptions: Record<string, unknown>): Result<ReportContext, ErrorCode> {
  const parsed = ReportOptions.safeParse(rawOptions)
  if (!parsed.success) return err('BAD_INPUT', 'De instellingen voor het document kloppen niet.', parsed.error.message)
  const options = parsed.data
  let logo: LogoImage | null = null
  if (options.logoPath !== null) {
    const read = readLogoSync(options.logoPath)
    if (!read.ok) return read
    logo = read.value
  }
  return ok({ options, logo, anon: createAnonymiser(project.participants, project.stakeholders, options.anonymise) })
}

/**
 * User text as paragraphs: lines that start with "- ", "* " or "• " become bullets, other lines
 * (and blank-line separated blocks) paragraphs. Nothing for empty text.
 */
export function richText(text: string): Paragraph[] {
  const blocks: Paragraph[] = []
  let lines: string[] = []
  const flush = () => {
    const block = paragraph(lines.join('\n'))
    if (block) blocks.push(block)
    lines = []
  }
  for (const line of sanitize(text).split('\n')) {
    const item = /^\s*[-*•]\s+(.*)$/u.exec(line)
    if (item) {
      flush()
      const b = bullet(item[1])
      if (b) blocks.push(b)
    } else if (line.trim() === '') flush()
    else lines.push(line)
  }
  flush()
  return blocks
}

/** A report context without options (tests, bench): all sections, names shown, no logo. */
export function defaultReportContext(project: ProjectFile, options: Partial<ReportOptions> = {}): ReportContext {
  const full = ReportOptions.parse(options)
  return { options: full, logo: null, anon: createAnonymiser(project.participants, project.stakeholders, full.anonymise) }
}

/** The logo scaled into a 6 × 2.5 cm box (at 96 dpi: 227 × 94 px). */
const LOGO_BOX = { width: 227, height: 94 }

export interface ReportDocumentOptions {
  ctx: ReportContext
  /** Used when the user left the title empty. */
  defaultTitle: string
  defaultSubtitle: string
  children: FileChild[]
}

export function reportDocument({ ctx, defaultTitle, defaultSubtitle, children }: ReportDocumentOptions): Document {
  const { options, logo } = ctx
  const title = ctx.anon.text(sanitize(options.title) || defaultTitle)
  const subtitle = ctx.anon.text(sanitize(options.subtitle) || defaultSubtitle)
  const meta = [
    // The author may be no participant at all: only a participant's full name is replaced there.
    sanitize(options.author) ? `Auteur: ${ctx.anon.fullNames(sanitize(options.author))}` : '',
    options.date ? dutchDate(options.date) : '',
    options.anonymise === 'initials' ? 'Deelnemers zijn aangeduid met initialen.' : options.anonymise === 'role' ? 'Deelnemers zijn aangeduid met hun rol.' : '',
  ].filter(Boolean)
  return houseDocument({
    title,
    subtitle,
    meta,
    titlePage: true,
    tableOfContents: true,
    ...(logo ? { logo: { data: logo.data, type: logo.format, name: logo.name, ...fitInto(logo, LOGO_BOX) } } : {}),
    creator: sanitize(options.author) ? ctx.anon.fullNames(sanitize(options.author)) : 'Werkbank',
    // The body starts on a page of its own, after the table of contents (a section of its own).
    children,
  })
}
