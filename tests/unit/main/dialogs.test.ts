import { join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Language } from '../../../shared/api'

const fake = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  getPath: vi.fn((_name: string) => '/home/anna/Documenten'),
}))

vi.mock('electron', () => ({
  app: { getPath: fake.getPath },
  dialog: { showOpenDialog: fake.showOpenDialog, showSaveDialog: fake.showSaveDialog },
}))

const { cleanFileStem, createDialogs, suggestedExportName, suggestedFileName, withProjectExtension } = await import('../../../electron/main/dialogs')

/** The options argument, whether or not a parent window was passed first. */
const optionsOf = <T>(call: unknown[] | undefined): T => (call?.length === 2 ? call[1] : call?.[0]) as T

function dialogs(language: Language = 'nl', exists: (p: string) => boolean = () => false) {
  return createDialogs({ getWindow: () => null, getLanguage: () => language, exists })
}

beforeEach(() => {
  fake.showOpenDialog.mockReset()
  fake.showSaveDialog.mockReset()
  fake.getPath.mockClear()
})

describe('dialogs', () => {
  it('open: Dutch title, project filter, Documents folder; returns the chosen path', async () => {
    fake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/anna/Heerlen.werkbank.json'] })
    expect(await dialogs('nl').chooseOpenPath()).toBe('/home/anna/Heerlen.werkbank.json')
    const options = optionsOf<OpenDialogOptions>(fake.showOpenDialog.mock.calls[0])
    expect(options.title).toBe('Leergemeenschap openen')
    expect(options.defaultPath).toBe('/home/anna/Documenten')
    expect(fake.getPath).toHaveBeenCalledWith('documents')
    expect(options.filters?.[0]).toEqual({ name: 'Werkbank-project (*.werkbank.json)', extensions: ['json'] })
    expect(options.properties).toEqual(['openFile'])
  })

  it('open: English titles when the language is en', async () => {
    fake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await dialogs('en').chooseOpenPath()).toBeNull()
    expect(optionsOf<OpenDialogOptions>(fake.showOpenDialog.mock.calls[0]).title).toBe('Open learning community')
  })

  it('save: suggests a safe file name in Documents and returns the chosen path', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/anna/Heerlen.werkbank.json' })
    expect(await dialogs('nl').chooseSavePath('Heerlen: STAND-BY!')).toBe('/home/anna/Heerlen.werkbank.json')
    const options = optionsOf<SaveDialogOptions>(fake.showSaveDialog.mock.calls[0])
    expect(options.title).toBe('Leergemeenschap opslaan')
    expect(options.defaultPath).toBe(join('/home/anna/Documenten', 'Heerlen STAND-BY!.werkbank.json'))
    expect(options.properties).toContain('showOverwriteConfirmation')
  })

  it('save: cancel gives null', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await dialogs().chooseSavePath('x')).toBeNull()
  })

  it('save: adds .werkbank.json when the user typed no extension', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/anna/Heerlen' })
    expect(await dialogs().chooseSavePath('x')).toBe('/home/anna/Heerlen.werkbank.json')
  })

  it('save: asks again rather than silently overwriting the file the added extension points to', async () => {
    fake.showSaveDialog
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/Heerlen' })
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/Heerlen.werkbank.json' })
    const path = await dialogs('nl', (p) => p === '/home/anna/Heerlen.werkbank.json').chooseSavePath('x')
    expect(path).toBe('/home/anna/Heerlen.werkbank.json')
    expect(fake.showSaveDialog).toHaveBeenCalledTimes(2)
    expect(optionsOf<SaveDialogOptions>(fake.showSaveDialog.mock.calls[1]).defaultPath).toBe('/home/anna/Heerlen.werkbank.json')
  })

  it('export: suggests name.docx in Documents with a Word filter, asks before overwriting, adds the extension', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/anna/Verslag' })
    expect(await dialogs('nl').chooseExportPath({ suggestedName: 'Verslag: 5 september 2018', extension: 'docx' })).toBe(
      '/home/anna/Verslag.docx',
    )
    const options = optionsOf<SaveDialogOptions>(fake.showSaveDialog.mock.calls[0])
    expect(options.title).toBe('Exporteren')
    expect(options.defaultPath).toBe(join('/home/anna/Documenten', 'Verslag 5 september 2018.docx'))
    expect(options.filters?.[0]).toEqual({ name: 'Word-document (*.docx)', extensions: ['docx'] })
    expect(options.properties).toContain('showOverwriteConfirmation')
  })

  it('export: cancel gives null', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await dialogs().chooseExportPath({ suggestedName: 'x', extension: 'ics' })).toBeNull()
  })

  it('export: asks again, with the full name filled in, when the name with the added extension exists', async () => {
    fake.showSaveDialog
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/Plan' })
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/Plan.docx' })
    const path = await dialogs('nl', (p) => p === '/home/anna/Plan.docx').chooseExportPath({ suggestedName: 'Plan van aanpak', extension: 'docx' })
    // The second time the OS itself asked about overwriting Plan.docx, so that answer stands.
    expect(path).toBe('/home/anna/Plan.docx')
    expect(fake.showSaveDialog).toHaveBeenCalledTimes(2)
    expect(optionsOf<SaveDialogOptions>(fake.showSaveDialog.mock.calls[1]).defaultPath).toBe('/home/anna/Plan.docx')
    expect(optionsOf<SaveDialogOptions>(fake.showSaveDialog.mock.calls[1]).properties).toContain('showOverwriteConfirmation')
  })

  it('export: a name typed without extension that does not exist with it is taken at once; cancelling the second time gives null', async () => {
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/Rooster' })
    expect(await dialogs('nl', () => false).chooseExportPath({ suggestedName: 'x', extension: 'ics' })).toBe('/home/anna/Rooster.ics')
    expect(fake.showSaveDialog).toHaveBeenCalledTimes(1)
    fake.showSaveDialog.mockReset()
    fake.showSaveDialog
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/Plan' })
      .mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await dialogs('nl', () => true).chooseExportPath({ suggestedName: 'x', extension: 'docx' })).toBeNull()
  })

  it('export: gives up after three rounds of typing names whose full form exists', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/anna/Plan' })
    expect(await dialogs('nl', () => true).chooseExportPath({ suggestedName: 'x', extension: 'docx' })).toBeNull()
    expect(fake.showSaveDialog).toHaveBeenCalledTimes(3)
  })

  it('export: English title and calendar filter', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await dialogs('en').chooseExportPath({ suggestedName: 'Meetings', extension: 'ics' })
    const options = optionsOf<SaveDialogOptions>(fake.showSaveDialog.mock.calls[0])
    expect(options.title).toBe('Export')
    expect(options.filters?.[0]).toEqual({ name: 'Calendar (iCalendar) (*.ics)', extensions: ['ics'] })
  })
})

describe('file name helpers', () => {
  it('suggestedFileName', () => {
    expect(suggestedFileName('Heerlen STAND-BY!')).toBe('Heerlen STAND-BY!.werkbank.json')
    expect(suggestedFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j.werkbank.json')
    expect(suggestedFileName('x.werkbank.json')).toBe('x.werkbank.json')
    expect(suggestedFileName('   ')).toBe('Leergemeenschap.werkbank.json')
    expect(suggestedFileName('..')).toBe('Leergemeenschap.werkbank.json')
  })
  it('suggestedExportName cleans the name the same way', () => {
    expect(suggestedExportName('Plan van aanpak: SBT’s / 2019', 'docx')).toBe('Plan van aanpak SBT’s 2019.docx')
    expect(suggestedExportName(' .. ', 'ics')).toBe('Export.ics')
    expect(cleanFileStem('a'.repeat(200))).toHaveLength(150)
  })
  it('withProjectExtension', () => {
    expect(withProjectExtension('/a/b')).toBe('/a/b.werkbank.json')
    expect(withProjectExtension('/a/b.json')).toBe('/a/b.json')
    expect(withProjectExtension('/a/b.werkbank.json')).toBe('/a/b.werkbank.json')
  })
})
