import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, dialog, type BaseWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import type { Language } from '../../shared/api'
import type { Dialogs, ExportPathRequest } from '../services/types'

export const PROJECT_EXTENSION = '.werkbank.json'

const texts = {
  nl: {
    openTitle: 'Leergemeenschap openen',
    openButton: 'Openen',
    saveTitle: 'Leergemeenschap opslaan',
    saveButton: 'Opslaan',
    filter: 'Werkbank-project',
    all: 'Alle bestanden',
    defaultName: 'Leergemeenschap',
    exportTitle: 'Exporteren',
    imageTitle: 'Logo kiezen',
    imageButton: 'Kiezen',
    images: 'Afbeeldingen (PNG, JPEG)',
    exportButton: 'Exporteren',
    exportDefaultName: 'Export',
    docx: 'Word-document',
    ics: 'Agenda (iCalendar)',
  },
  en: {
    openTitle: 'Open learning community',
    openButton: 'Open',
    saveTitle: 'Save learning community',
    saveButton: 'Save',
    filter: 'Werkbank project',
    all: 'All files',
    defaultName: 'Learning community',
    exportTitle: 'Export',
    imageTitle: 'Choose logo',
    imageButton: 'Choose',
    images: 'Images (PNG, JPEG)',
    exportButton: 'Export',
    exportDefaultName: 'Export',
    docx: 'Word document',
    ics: 'Calendar (iCalendar)',
  },
} as const satisfies Record<Language, Record<string, string>>

export interface DialogDeps {
  /** The window the dialogs belong to (modal); null shows them free-standing. */
  getWindow(): BaseWindow | null
  getLanguage(): Language
  /** Defaults to the user's Documents folder. */
  getDefaultFolder?(): string
  /** Defaults to fs.existsSync. */
  exists?(path: string): boolean
}

function documentsFolder(): string {
  try {
    return app.getPath('documents')
  } catch {
    return homedir()
  }
}

/** A file name stem without characters that Windows, macOS or Linux refuse, at most 150 characters; '' when nothing is left. */
export function cleanFileStem(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+|\.+$/g, '')
      .slice(0, 150)
      .trim()
  )
}

/** A file name for the save dialog: the suggested name, cleaned, ending in `.werkbank.json`. */
export function suggestedFileName(name: string, fallback = 'Leergemeenschap'): string {
  const stem = cleanFileStem(name.replace(/\.werkbank\.json$/i, '').replace(/\.json$/i, ''))
  return `${stem || fallback}${PROJECT_EXTENSION}`
}

/** A file name for an export: the suggested name, cleaned, with `.extension`. */
export function suggestedExportName(name: string, extension: string, fallback = 'Export'): string {
  return `${cleanFileStem(name) || fallback}.${extension}`
}

/** Adds `.extension` to a chosen path without it (GTK dialogs do not add it). */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? path : `${path}.${extension}`
}

/** Adds `.werkbank.json` to a chosen path that has no `.json` extension (GTK dialogs do not add it). */
export function withProjectExtension(path: string): string {
  return /\.json$/i.test(path) ? path : `${path}${PROJECT_EXTENSION}`
}

export function createDialogs(deps: DialogDeps): Dialogs {
  const exists = deps.exists ?? existsSync
  const defaultFolder = deps.getDefaultFolder ?? documentsFolder
  const filters = (language: Language): FileFilter[] => [
    { name: `${texts[language].filter} (*${PROJECT_EXTENSION})`, extensions: ['json'] },
    { name: texts[language].all, extensions: ['*'] },
  ]

  /**
   * The native save dialog (asking before overwriting), with `complete` adding the extension to
   * what the user typed. The OS confirmed overwriting the typed name, not the name with our
   * extension: if that one exists, ask again with it filled in so the OS asks about it (a few
   * rounds at most; null when the user gives up or cancels).
   */
  async function askSavePath(base: Pick<SaveDialogOptions, 'title' | 'buttonLabel' | 'defaultPath' | 'filters'>, complete: (path: string) => string): Promise<string | null> {
    let defaultPath = base.defaultPath
    for (let attempt = 0; attempt < 3; attempt++) {
      const options: SaveDialogOptions = { ...base, defaultPath, properties: ['createDirectory', 'showOverwriteConfirmation'] }
      const window = deps.getWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      const chosen = complete(result.filePath)
      if (chosen === result.filePath || !exists(chosen)) return chosen
      defaultPath = chosen
    }
    return null
  }

  return {
    async chooseOpenPath() {
      const t = texts[deps.getLanguage()]
      const options = {
        title: t.openTitle,
        buttonLabel: t.openButton,
        defaultPath: defaultFolder(),
        filters: filters(deps.getLanguage()),
        properties: ['openFile'] as ('openFile')[],
      }
      const window = deps.getWindow()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      if (result.canceled) return null
      return result.filePaths[0] ?? null
    },

    async chooseSavePath(suggestedName: string) {
      const language = deps.getLanguage()
      const t = texts[language]
      return askSavePath(
        { title: t.saveTitle, buttonLabel: t.saveButton, defaultPath: join(defaultFolder(), suggestedFileName(suggestedName, t.defaultName)), filters: filters(language) },
        withProjectExtension,
      )
    },

    async chooseExportPath({ suggestedName, extension }: ExportPathRequest) {
      const t = texts[deps.getLanguage()]
      const filterName = extension === 'docx' ? t.docx : extension === 'ics' ? t.ics : extension
      return askSavePath(
        {
          title: t.exportTitle,
          buttonLabel: t.exportButton,
          defaultPath: join(defaultFolder(), suggestedExportName(suggestedName, extension, t.exportDefaultName)),
          filters: [
            { name: `${filterName} (*.${extension})`, extensions: [extension] },
            { name: t.all, extensions: ['*'] },
          ],
        },
        (path) => withExtension(path, extension),
      )
    },

    async chooseImagePath() {
      const t = texts[deps.getLanguage()]
      const options = {
        title: t.imageTitle,
        buttonLabel: t.imageButton,
        defaultPath: defaultFolder(),
        filters: [
          { name: t.images, extensions: ['png', 'jpg', 'jpeg'] },
          { name: t.all, extensions: ['*'] },
        ],
        properties: ['openFile'] as ('openFile')[],
      }
      const window = deps.getWindow()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      if (result.canceled) return null
      return result.filePaths[0] ?? null
    },
  }
}
