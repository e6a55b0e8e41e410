import type { BrowserWindowConstructorOptions } from 'electron'

export const WINDOW_BACKGROUND = '#f6f7f9'

export interface WindowOptionsExtra {
  /** Allow opening the developer tools; the app turns this off when packaged. */
  devTools?: boolean
}

/**
 * The main window's options. Every web preference that matters for security is
 * set explicitly, even where Electron's default already agrees, so that a change
 * of default or a careless edit shows up in the unit test.
 */
export function mainWindowOptions(preloadPath: string, extra: WindowOptionsExtra = {}): BrowserWindowConstructorOptions {
  return {
    title: 'Werkbank',
    width: 1280,
    height: 800,
    minWidth: 1280,
    minHeight: 720,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The languages are set on the session (nl, en-US) where the platform allows it.
      spellcheck: true,
      devTools: extra.devTools ?? true,
    },
  }
}
