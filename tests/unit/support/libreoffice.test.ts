/**
 * The LibreOffice read-back helper must fail when LibreOffice cannot open a document, even
 * though soffice exits 0 then, and even when an earlier run left a PDF of the same name.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openInLibreOffice } from '../../support/libreoffice'

let root = ''
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lo-helper-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const goodDocx = async () => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hallo Heerlerheide')] }] })))

/** A stale PDF where the helper's artifact folder for `stem` will be. */
async function stalePdf(stem: string) {
  const dir = join(root, 'out', `${stem}-libreoffice`)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, `${stem}.pdf`), '%PDF-1.4 left by an earlier run')
}

describe('openInLibreOffice', () => {
  it('reads a good document back and renders its first page', async () => {
    const path = join(root, 'goed.docx')
    await writeFile(path, await goodDocx())
    await stalePdf('goed')
    const opened = await openInLibreOffice(path, { outDir: join(root, 'out'), renderPages: 3 })
    expect(opened.flatText).toContain('Hallo Heerlerheide')
    expect(opened.pageCount).toBe(1)
    expect(opened.pngPaths).toEqual([join(root, 'out', 'goed-libreoffice', 'page-1.png')])
  }, 60_000)

  it('fails on a .docx with a control character in its XML, despite an old PDF of the same name', async () => {
    const parts = unzipSync(await goodDocx())
    parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace('Hallo', 'Hallo\u0007'))
    const path = join(root, 'kapot.docx')
    await writeFile(path, zipSync(parts))
    await stalePdf('kapot')
    await expect(openInLibreOffice(path, { outDir: join(root, 'out') })).rejects.toThrow(/LibreOffice could not open .*kapot\.docx: it wrote no PDF/)
  }, 60_000)

  it('fails on a file that is not a Word document (LibreOffice would open it as plain text)', async () => {
    const path = join(root, 'tekst.docx')
    await writeFile(path, 'dit is geen Word-document')
    await expect(openInLibreOffice(path, { outDir: join(root, 'out') })).rejects.toThrow(/could not open/)
  }, 60_000)
})
