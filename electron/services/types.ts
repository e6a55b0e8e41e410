/** What the services need from the outside world; Electron provides it in main, tests provide stand-ins. */

/** The native file dialogs: the only part of the app the e2e tests replace. */
export interface Dialogs {
  /** Ask which project file to open; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>
  /** Ask where to save a new project; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  /**
   * Ask where to write an export (a Word document, a calendar file). The dialog suggests
   * `suggestedName` + `.extension` in the Documents folder, filters on the extension and asks
   * before overwriting an existing file; null when the user cancels.
   */
  chooseExportPath(request: ExportPathRequest): Promise<string | null>
  /** Ask for an image file (PNG or JPEG) for a report's title page; null when the user cancels. */
  chooseImagePath(): Promise<string | null>
}

export interface ExportPathRequest {
  /** The suggested file name without extension, e.g. "Agenda bijeenkomst 5 september 2018". */
  suggestedName: string
  /** Without dot: 'docx', 'ics'. */
  extension: string
}

export interface ExternalShell {
  /** Open an http(s) URL in the user's browser. Only called with checked URLs. */
  openExternal(url: string): Promise<void>
}

export interface ServiceDeps {
  /** The app's own data folder (Electron's userData): settings, recent files, backups, the example. */
  dataDir: string
  dialogs: Dialogs
  shell: ExternalShell
  appVersion: string
  now?: () => Date
}
