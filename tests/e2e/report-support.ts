/**
 * Steps the plan and evaluation specs share: the Heerlen example to derive expectations from,
 * reopening it, reading an exported report back through LibreOffice with its page renders attached to the
 * test, looking inside the .docx, and making a folder or file refuse writes.
 */
import type { TestInfo } from '@playwright/test'
import { execFile } from 'node:child_process'
import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { unzipSync } from 'fflate'
import type { ProjectFile } from '../../shared/model'
import { readFixtureJson } from '../fixtures/paths'
import { openInLibreOffice, type OpenedDocument } from '../support/libreoffice'
import { expect, type WerkbankApp } from './fixtures'

const run = promisify(execFile)

/** The Heerlen example as stored in the fixture, to derive expectations and variants from. */
export const heerlenFixture = (): ProjectFile => readFixtureJson('heerlen.werkbank.json') as ProjectFile

/** After closing and reopening the app, open the project again from the recent list. */
export async function reopenHeerlen(app: WerkbankApp): Promise<void> {
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
}

export interface ReadBack extends OpenedDocument {
  /** The text in reading order (table cells one after another), white space collapsed. */
  readingText: string
  /** The text with all white space removed: long words wrapped over lines read back whole. */
  solidText: string
}

/**
 * Open an exported .docx in LibreOffice (failing when it cannot), read its text back, and keep
 * PNG renders of the first `pages` pages with the test (attached; in the run's test output).
 */
export async function readBack(testInfo: TestInfo, docxPath: string, pages: number): Promise<ReadBack> {
  const opened = await openInLibreOffice(docxPath, { outDir: testInfo.outputPath('libreoffice'), renderPages: pages, dpi: 70 })
  const stem = basename(docxPath, '.docx')
  for (const [index, png] of opened.pngPaths.entries()) {
    await testInfo.attach(`${stem} – pagina ${index + 1}`, { path: png, contentType: 'image/png' })
  }
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', opened.pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const readingText = stdout.replace(/[\u200B\u00AD]/g, '').replace(/\s+/g, ' ')
  return { ...opened, readingText, solidText: readingText.replace(/\s+/g, '') }
}

/** The images LibreOffice put in a PDF, as "width×height" (pdfimages -list). */
export async function pdfImageSizes(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath])
  // page num type width height …; the first two lines are the header.
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length > 4 && cells[2] === 'image')
    .map((cells) => `${cells[3]}×${cells[4]}`)
}

/** The parts of a .docx (a zip) by path, as bytes. */
export async function docxEntries(path: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await readFile(path)))
}

/**
 * Make a folder or an existing file refuse writes, the way a read-only folder or a document
 * open in Word does. chmod is enough for a folder unless the tests run as root; then (and for
 * a file, which chmod cannot protect from being replaced) the immutable attribute is used.
 * Returns the way back, or null when this machine cannot make it refuse (the caller skips).
 */
export async function makeReadOnly(path: string): Promise<(() => Promise<void>) | null> {
  const isFolder = (await stat(path)).isDirectory()
  const mode = (await stat(path)).mode & 0o777
  let immutable = false
  const restore = async () => {
    if (immutable) await run('chattr', ['-i', path])
    await chmod(path, mode)
  }
  const refuses = async (): Promise<boolean> => {
    if (isFolder) {
      const probe = join(path, '.probe')
      const wrote = await writeFile(probe, 'x').then(() => true, () => false)
      if (wrote) await rm(probe, { force: true })
      return !wrote
    }
    // A file refuses when it cannot be replaced: that is how an export writes (temp file, then rename).
    const probe = join(dirname(path), `.${basename(path)}.probe`)
    await writeFile(probe, 'x')
    const before = await readFile(path)
    const replaced = await rename(probe, path).then(() => true, () => false)
    if (replaced) await writeFile(path, before)
    else await rm(probe, { force: true })
    return !replaced
  }
  if (isFolder) await chmod(path, 0o555)
  if (await refuses()) return restore
  immutable = await run('chattr', ['+i', path]).then(() => true, () => false)
  if (immutable && (await refuses())) return restore
  await restore()
  return null
}
