import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFailure } from '../../../../electron/services/export/export-document'
import { buildHeerlenExample } from '../../../../shared/examples/heerlen'
import { documentText, readDocx } from '../../../support/docx-xml'
import { errorOf, harness, value } from '../helpers'
import { meetingProject } from './meeting-project'

const systemError = (code: string) => Object.assign(new Error(`${code}: failed`), { code })

describe('export.document', () => {
  it('asks where to save with a suggested name, writes a .docx and reports where', async () => {
    const h = await harness()
    const target = join(h.docs, 'uitnodiging.docx')
    h.dialogs.saveAnswers.push(target)
    const result = value<{ path: string; sizeBytes: number }>(
      await h.service.invoke('export.document', { kind: 'meeting.agenda', document: meetingProject(), meetingId: 'm1' }),
    )
    expect(result.path).toBe(target)
    expect(h.dialogs.suggestedNames).toEqual(['Uitnodiging Plenaire bijeenkomst september 5 september 2018.docx'])
    const bytes = await readFile(target)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect(result.sizeBytes).toBe(bytes.length)
  })

  it('does nothing when the dialog is cancelled', async () => {
    const h = await harness()
    h.dialogs.saveAnswers.push(null)
    const result = value<{ cancelled: true }>(
      await h.service.invoke('export.document', { kind: 'meeting.minutes', document: meetingProject(), meetingId: 'm1' }),
    )
    expect(result).toEqual({ cancelled: true })
  })

  it('refuses an unknown meeting before asking for a path', async () => {
    const h = await harness()
    const error = errorOf(await h.service.invoke('export.document', { kind: 'meeting.agenda', document: meetingProject(), meetingId: 'nope' }))
    expect(error.code).toBe('NOT_FOUND')
    expect(h.dialogs.suggestedNames).toEqual([])
  })

  it('refuses an unknown kind and an invalid project', async () => {
    const h = await harness()
    expect(errorOf(await h.service.invoke('export.document', { kind: 'brief', document: meetingProject() })).code).toBe('BAD_INPUT')
    expect(errorOf(await h.service.invoke('export.document', { kind: 'meeting.agenda', document: { format: 'x' }, meetingId: 'm1' })).code).toBe('BAD_INPUT')
  })

  it('overwrites a file the user agreed to replace, atomically', async () => {
    const h = await harness()
    const target = join(h.docs, 'verslag.docx')
    await writeFile(target, 'oude inhoud')
    h.dialogs.saveAnswers.push(target)
    value(await h.service.invoke('export.document', { kind: 'meeting.minutes', document: meetingProject(), meetingId: 'm1' }))
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK')
  })

  it('reports a folder that does not exist in Dutch, writing nothing', async () => {
    const h = await harness()
    h.dialogs.saveAnswers.push(join(h.docs, 'weg', 'verslag.docx'))
    const error = errorOf(await h.service.invoke('export.document', { kind: 'meeting.minutes', document: meetingProject(), meetingId: 'm1' }))
    expect(error.code).toBe('EXPORT_TARGET_UNAVAILABLE')
    expect(error.message).toContain('verslag.docx')
    expect(error.message).toContain('Je project is niet veranderd')
  })

  it('reports a target that cannot be replaced (a folder in the way) without throwing', async () => {
    const h = await harness()
    const target = join(h.docs, 'bezet.docx')
    await mkdir(target)
    await writeFile(join(target, 'x'), 'x')
    h.dialogs.saveAnswers.push(target)
    const error = errorOf(await h.service.invoke('export.document', { kind: 'meeting.agenda', document: meetingProject(), meetingId: 'm1' }))
    // Renaming the written file onto a folder fails with EISDIR: said plainly, nothing written.
    expect(error.code).toBe('EXPORT_TARGET_UNAVAILABLE')
    expect(error.message).toContain('er staat al een map met die naam')
    expect(await readFile(join(target, 'x'), 'utf8')).toBe('x')
  })

  it('exports a work group’s plan, all plans and the evaluation report with their options, suggesting names from the title', async () => {
    const h = await harness()
    const document = buildHeerlenExample()
    const cases = [
      { kind: 'plan.workGroup', workGroupId: 'wg-02', options: { author: 'Maud Vossen' }, name: 'Plan van aanpak Preventie en vroegsignalering.docx' },
      { kind: 'plan.community', options: { title: 'Plannen: Heerlen / 2019', anonymise: 'initials' }, name: 'Plannen: Heerlen / 2019.docx' },
      { kind: 'evaluation.report', options: { date: '2019-12-11', sections: ['quotes'] }, name: 'Evaluatieverslag Leergemeenschap Heerlen STAND-BY!.docx' },
    ] as const
    for (const [index, { name, ...request }] of cases.entries()) {
      const target = join(h.docs, `export-${index}.docx`)
      h.dialogs.saveAnswers.push(target)
      const result = value<{ path: string }>(await h.service.invoke('export.document', { ...request, document }))
      expect(result.path).toBe(target)
      expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK')
      expect(h.dialogs.suggestedNames[index]).toBe(name)
    }
    const plans = documentText(readDocx(await readFile(join(h.docs, 'export-1.docx'))).document)
    expect(plans).toContain('Deelnemers zijn aangeduid met initialen.')
    expect(plans).not.toContain('Annie Kleijnen')
  })

  it('refuses a plan export for an unknown work group, bad options or a missing logo before asking for a path', async () => {
    const h = await harness()
    const document = buildHeerlenExample()
    expect(errorOf(await h.service.invoke('export.document', { kind: 'plan.workGroup', workGroupId: 'nope', document })).code).toBe('NOT_FOUND')
    expect(errorOf(await h.service.invoke('export.document', { kind: 'evaluation.report', document, options: { anonymise: 'everyone' } })).code).toBe('BAD_INPUT')
    expect(errorOf(await h.service.invoke('export.document', { kind: 'plan.community', document, options: { logoPath: join(h.docs, 'weg.png') } })).code).toBe('NOT_FOUND')
    expect(h.dialogs.suggestedNames).toEqual([])
  })

  it('maps locked files and a full disk to clear Dutch messages', () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const failure = writeFailure(systemError(code), '/home/anna/Verslag.docx')
      expect(failure.error.code).toBe('FILE_LOCKED')
      expect(failure.error.message).toContain('geopend in Word')
      expect(failure.error.message).toContain('“Verslag.docx”')
    }
    const full = writeFailure(systemError('ENOSPC'), '/home/anna/Verslag.docx')
    expect(full.error.code).toBe('DISK_FULL')
    expect(full.error.message).toContain('de schijf is vol')
    expect(writeFailure(new Error('x'), '/a/b.docx').error.code).toBe('EXPORT_FAILED')
  })
})
