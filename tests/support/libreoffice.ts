/**
 * Open a .docx the way a reader would: LibreOffice converts it to PDF (a document it
 * cannot open fails the test), pdftotext reads the text back, and pdftoppm renders the
 * pages as PNGs to look at. Used by unit tests of the document builders and by e2e
 * tests of the exports. Artifacts go to the caller's folder (test output, never committed).
 *
 * soffice cannot run twice at once on one profile, so every call gets its own
 * -env:UserInstallation profile folder (removed afterwards).
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface OpenedDocument {
  pdfPath: string
  /** The text of all pages, as pdftotext -layout gives it. */
  text: string
  /** The text with runs of white space (line breaks, layout spaces) collapsed to one space. */
  flatText: string
  pageCount: number
  /** PNG renders of the first pages (empty when not asked for). */
  pngPaths: string[]
}

export interface OpenOptions {
  /** Where the PDF and PNGs go (created). */
  outDir: string
  /** Render this many first pages as PNG (default 0: none). */
  renderPages?: number
  /** Resolution of the PNGs (default 60 dpi). */
  dpi?: number
}

/** Convert `docxPath` with LibreOffice, read its text, optionally render pages. Throws when LibreOffice produces no PDF. */
export async function openInLibreOffice(docxPath: string, options: OpenOptions): Promise<OpenedDocument> {
  await mkdir(options.outDir, { recursive: true })
  const profile = await mkdtemp(join(tmpdir(), 'lo-werkbank-'))
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        options.outDir,
        docxPath,
      ],
      { timeout: 120_000 },
    )
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
  const stem = basename(docxPath, extname(docxPath))
  const pdfPath = join(options.outDir, `${stem}.pdf`)
  const size = await stat(pdfPath).then((s) => s.size).catch(() => 0)
  if (size === 0) throw new Error(`LibreOffice could not open ${docxPath}: no PDF was made`)

  const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const { stdout: info } = await run('pdfinfo', [pdfPath])
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)

  const pngPaths: string[] = []
  const pages = Math.min(options.renderPages ?? 0, pageCount)
  if (pages > 0) {
    const prefix = join(options.outDir, stem)
    await run('pdftoppm', ['-png', '-r', String(options.dpi ?? 60), '-f', '1', '-l', String(pages), pdfPath, prefix])
    const names = await readdir(options.outDir)
    for (const name of names.sort()) {
      if (name.startsWith(`${stem}-`) && name.endsWith('.png')) pngPaths.push(join(options.outDir, name))
    }
  }
  // U+200B (wrap opportunities in long words) and soft hyphens are invisible: leave them out of the flat text.
  const flatText = text.replace(/[\u200B\u00AD]/g, '').replace(/\s+/g, ' ').trim()
  return { pdfPath, text, flatText, pageCount, pngPaths }
}
