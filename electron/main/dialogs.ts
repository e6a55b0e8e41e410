import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, dialog, type BaseWindow, type FileFilter } from 'electron'
import type { Language } from '../../shared/api'
import type { Dialogs } from '../services/types'

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
  },
  en: {
    openTitle: 'Open learning community',
    openButton: 'Open',
    saveTitle: 'Save learning community',
    saveButton: 'Save',
    filter: 'Werkbank project',
    all: 'All files',
    defaultName: 'Learning community',
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

/**
 * A file name for the save dialog: the suggested name without characters that
 * Windows, macOS or Linux refuse in file names, ending in `.werkbank.json`.
 */
export function suggestedFileName(name: string, fallback = 'Leergemeenschap'): string {
  const stem = name
    .replace(/\.werkbank\.json$/i, '')
    .replace(/\.json$/i, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 150)
    .trim()
  return `${stem || fallback}${PROJECT_EXTENSION}`
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
      let defaultPath = join(defaultFolder(), suggestedFileName(suggestedName, t.defaultName))
      // At most a few rounds: only repeated when the extension we add would hit an existing file.
      for (let attempt = 0; attempt < 3; attempt++) {
        const options = {
          title: t.saveTitle,
          buttonLabel: t.saveButton,
          defaultPath,
          filters: filters(language),
          properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
        }
        const window = deps.getWindow()
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
        if (result.canceled || !result.filePath) return null
        const chosen = withProjectExtension(result.filePath)
        // The OS confirmed overwriting what the user typed, not the name with our extension:
        // if that one exists, ask again with it filled in so the OS asks about it.
        if (chosen === result.filePath || !exists(chosen)) return chosen
        defaultPath = chosen
      }
      return null
    },
  }
}
