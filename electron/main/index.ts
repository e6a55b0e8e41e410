/**
 * The Electron main process: thin wiring around the storage service.
 * Single instance, a sandboxed window, a hardened session, one IPC handler per
 * contract method, the menu and the native dialogs.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, Menu, ipcMain, session, shell, type WebContents } from 'electron'
import { languages, type BridgeEvent, type ErrorCode, type Language } from '../../shared/api'
import { EVENT_CHANNEL } from '../../shared/methods'
import type { Result } from '../../shared/result'
import { createWerkbankService } from '../services/werkbank-service'
import { projectPathFromArgv } from './argv'
import { createDialogs } from './dialogs'
import { registerIpc, trustedSender, type InvokableService } from './ipc'
import { menuTemplate } from './menu'
import { hardenSession, hardenWebContents, isAppUrl, isSafeExternalUrl, type HardenOptions } from './security'
import { mainWindowOptions } from './window'

const here = import.meta.dirname
const preloadPath = join(here, '../preload/index.cjs')
const rendererFile = join(here, '../renderer/index.html')
/** The dev server is only honoured in an unpackaged app: a packaged app always loads its own files. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererUrl = devServerUrl ?? pathToFileURL(rendererFile).href
const isOwnUrl = (url: string): boolean => isAppUrl(url, rendererUrl)

let mainWindow: BrowserWindow | null = null
let pageLoaded = false
let pendingOpenPath: string | null = null
let language: Language = 'nl'

async function openExternal(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) throw new Error('Only http(s) URLs are opened outside the app.')
  await shell.openExternal(url)
}

const hardenOptions: HardenOptions = { isAppUrl: isOwnUrl, openExternal }

function send(event: BridgeEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event)
}

/** Asks the renderer to open a project file; held until the page has loaded. */
function requestOpen(path: string): void {
  if (mainWindow && pageLoaded) send({ type: 'project.openRequested', path })
  else pendingOpenPath = path
}

function buildMenu(): void {
  const template = menuTemplate(language, send, { isPackaged: app.isPackaged, platform: process.platform })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function languageOf(value: unknown): Language | null {
  if (typeof value !== 'object' || value === null || !('language' in value)) return null
  const found = value.language
  return languages.find((l) => l === found) ?? null
}

/** Follows the language the service reports, rebuilding the menu when it changes. */
function noteLanguage(result: Result<unknown, ErrorCode>): void {
  if (!result.ok) return
  const next = languageOf(result.value)
  if (next === null || next === language) return
  language = next
  buildMenu()
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function isMainContents(contents: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents.id === contents.id
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, { devTools: !app.isPackaged }))
  mainWindow = window
  pageLoaded = false
  const contents = window.webContents
  hardenWebContents(contents, hardenOptions)

  window.once('ready-to-show', () => window.show())
  contents.on('did-start-loading', () => {
    pageLoaded = false
  })
  contents.on('did-finish-load', () => {
    pageLoaded = true
    if (pendingOpenPath !== null) {
      const path = pendingOpenPath
      pendingOpenPath = null
      send({ type: 'project.openRequested', path })
    }
  })
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null
      pageLoaded = false
    }
  })

  const loading = devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(rendererFile)
  loading.catch((error: unknown) => console.error('Werkbank: could not load the renderer', error))
  return window
}

function configureSpellChecker(): void {
  // macOS uses the system's spell checker and its languages.
  if (process.platform === 'darwin') return
  const ses = session.defaultSession
  const wanted = ['nl', 'en-US'].filter((code) => ses.availableSpellCheckerLanguages.includes(code))
  if (wanted.length > 0) ses.setSpellCheckerLanguages(wanted)
}

async function start(): Promise<void> {
  await app.whenReady()

  hardenSession(session.defaultSession)
  configureSpellChecker()

  const service = createWerkbankService({
    dataDir: app.getPath('userData'),
    dialogs: createDialogs({ getWindow: () => mainWindow, getLanguage: () => language }),
    shell: { openExternal },
    appVersion: app.getVersion(),
  })
  const bridgeService: InvokableService = {
    async invoke(method, input) {
      const result = await service.invoke(method, input)
      if (method === 'settings.setLanguage' || method === 'app.getState') noteLanguage(result)
      return result
    },
  }

  try {
    noteLanguage(await service.invoke('app.getState', {}))
  } catch (error: unknown) {
    console.error('Werkbank: could not read the settings', error)
  }
  buildMenu()

  registerIpc(ipcMain, bridgeService, trustedSender(isOwnUrl, isMainContents))
  createMainWindow()

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })

  // A save or export still being written finishes before the process ends (the write is
  // atomic either way; this keeps the last change rather than the one before it).
  let writesFinished = false
  app.on('will-quit', (event) => {
    if (writesFinished) return
    event.preventDefault()
    void service.idle().finally(() => {
      writesFinished = true
      app.quit()
    })
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  // Date fields take their format from the app locale: Dutch style (dd-mm-jjjj, weeks from Monday)
  // in both UI languages, as the brief asks.
  app.commandLine.appendSwitch('lang', 'nl-NL')

  // Every webContents, including any the app did not create itself, gets the same locks.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, hardenOptions))

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow()
    const path = projectPathFromArgv(argv, workingDirectory)
    if (path !== null) requestOpen(path)
  })

  // macOS: a project file opened from Finder or dropped on the Dock icon.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    requestOpen(path)
    focusMainWindow()
  })

  const firstPath = projectPathFromArgv(process.argv.slice(1), process.cwd())
  if (firstPath !== null) pendingOpenPath = firstPath

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  start().catch((error: unknown) => {
    console.error('Werkbank: start-up failed', error)
    app.exit(1)
  })
}
