/**
 * Open a .docx the way a reader would: LibreOffice converts it to PDF (a document it
 * cannot open fails the test), pdftotext reads the text back, and pdftoppm renders the
 * pages as PNGs to look at. Used by unit tests of the document builders and by e2e
 * tests of the exports. Artifacts go to the caller's folder (test output, never committed).
 *
 * soffice exits 0 even when it cannot load a document; it then simply writes no PDF. So
 * every call converts into its own artifact folder, `<outDir>/<name>-libreoffice/`, emptied
 * first: a PDF or PNG left by an earlier run can never stand in for this one. Give each test
 * its own outDir (e2e: testInfo.outputPath()); two calls at once on the same outDir and
 * document name would clear each other's folder.
 *
 * soffice cannot run twice at once on one profile, so every call gets its own
 * -env:UserInstallation profile folder (removed afterwards).
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, open, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join, relative, resolve } from 'node:path'
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
  /** PNG renders of the first pages, in page order (empty when not asked for). */
  pngPaths: string[]
}

export interface OpenOptions {
  /** The test's artifact folder; this call's PDF and PNGs go to a fresh subfolder of it. */
  outDir: string
  /** Render this many first pages as PNG (default 0: none). */
  renderPages?: number
  /** Resolution of the PNGs (default 60 dpi). */
  dpi?: number
}

/** The first bytes of a PDF file, or '' when there is no such file. */
async function pdfMagic(path: string): Promise<string> {
  const handle = await open(path, 'r').catch(() => null)
  if (!handle) return ''
  try {
    const buffer = Buffer.alloc(5)
    const { bytesRead } = await handle.read(buffer, 0, 5, 0)
    return buffer.subarray(0, bytesRead).toString('latin1')
  } finally {
    await handle.close()
  }
}

/** Convert `docxPath` with LibreOffice, read its text, optionally render pages. Throws when LibreOffice produces no PDF. */
export async function openInLibreOffice(docxPath: string, options: OpenOptions): Promise<OpenedDocument> {
  const stem = basename(docxPath, extname(docxPath))
  const dir = resolve(options.outDir, `${stem}-libreoffice`)
  if (!relative(dir, resolve(docxPath)).startsWith('..')) throw new Error(`${docxPath} lies inside the artifact folder ${dir}, which is emptied first`)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })

  const pdfPath = join(dir, `${stem}.pdf`)
  // On a loaded machine a fresh LibreOffice profile now and then starts without converting
  // (seen once in ~30 runs at load 11 on 2 cores). A second try tells that apart from a
  // document LibreOffice cannot open, which fails both times.
  let output = await convert(docxPath, dir)
  if ((await pdfMagic(pdfPath)) !== '%PDF-') output += `\n(second try) ${await convert(docxPath, dir)}`
  if ((await pdfMagic(pdfPath)) !== '%PDF-') {
    const made = await readdir(dir)
    throw new Error(
      `LibreOffice could not open ${docxPath}: it wrote no PDF (folder holds: ${made.join(', ') || 'nothing'}). soffice said: ${output || '(nothing)'}`,
    )
  }

  const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const { stdout: info } = await run('pdfinfo', [pdfPath])
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)

  const pngPaths: string[] = []
  const pages = Math.min(options.renderPages ?? 0, pageCount)
  if (pages > 0) {
    await run('pdftoppm', ['-png', '-r', String(options.dpi ?? 60), '-f', '1', '-l', String(pages), pdfPath, join(dir, 'page')])
    // pdftoppm pads the page number to the width of the page count: page-1.png or page-01.png.
    const names = (await readdir(dir)).filter((name) => /^page-\d+\.png$/.test(name))
    names.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    pngPaths.push(...names.map((name) => join(dir, name)))
    if (pngPaths.length !== pages) throw new Error(`pdftoppm rendered ${pngPaths.length} of ${pages} pages of ${pdfPath}`)
  }
  // U+200B (wrap opportunities in long words) and soft hyphens are invisible: leave them out of the flat text.
  const flatText = text.replace(/[\u200B\u00AD]/g, '').replace(/\s+/g, ' ').trim()
  return { pdfPath, text, flatText, pageCount, pngPaths }
}

/** One soffice run on its own fresh profile; returns what it printed. */
async function convert(docxPath: string, dir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-werkbank-'))
  try {
    const { stdout, stderr } = await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        // Only as a Word document: without this, LibreOffice opens a file that is no .docx at all as plain text.
        '--infilter=MS Word 2007 XML',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docxPath,
      ],
      { timeout: 120_000 },
    )
    return `${stdout}${stderr}`.trim()
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}
