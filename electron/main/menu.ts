import type { MenuItemConstructorOptions } from 'electron'
import type { BridgeEvent, ExportKind, Language } from '../../shared/api'

export type MenuEvent = Extract<BridgeEvent, { type: `menu.${string}` }>

export interface MenuOptions {
  /** Developer items (reload, developer tools) only when not packaged. */
  isPackaged: boolean
  platform: NodeJS.Platform
}

const labels = {
  nl: {
    file: 'Bestand',
    new: 'Nieuwe leergemeenschap…',
    open: 'Openen…',
    saveAs: 'Opslaan als…',
    export: 'Exporteren',
    exportPlan: 'Plan van aanpak…',
    exportPlans: 'Alle plannen van aanpak…',
    exportEvaluation: 'Evaluatieverslag…',
    exportAgenda: 'Uitnodiging met agenda…',
    exportMinutes: 'Verslag (notulen)…',
    exportCalendar: 'Rooster van de bijeenkomsten (.ics)…',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    resetZoom: 'Ware grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelhulpmiddelen',
    help: 'Help',
    about: 'Over Werkbank',
  },
  en: {
    file: 'File',
    new: 'New learning community…',
    open: 'Open…',
    saveAs: 'Save as…',
    export: 'Export',
    exportPlan: 'Plan of approach…',
    exportPlans: 'All plans of approach…',
    exportEvaluation: 'Evaluation report…',
    exportAgenda: 'Invitation with agenda…',
    exportMinutes: 'Minutes…',
    exportCalendar: 'Meeting schedule (.ics)…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    help: 'Help',
    about: 'About Werkbank',
  },
} as const satisfies Record<Language, Record<string, string>>

export const menuLabels = labels

const defaultOptions = (): MenuOptions => ({ isPackaged: true, platform: process.platform })

/**
 * The application menu. Undo and redo are the app's own document-level history,
 * so they are sent to the renderer as events, never handled by role: 'undo'.
 */
export function menuTemplate(
  lang: Language,
  send: (event: MenuEvent) => void,
  options: MenuOptions = defaultOptions(),
): MenuItemConstructorOptions[] {
  const l = labels[lang] ?? labels.nl
  const isMac = options.platform === 'darwin'
  const item = (label: string, accelerator: string, event: MenuEvent): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(event),
  })

  const exportItem = (label: string, kind: ExportKind): MenuItemConstructorOptions => ({ label, click: () => send({ type: 'menu.export', kind }) })

  const template: MenuItemConstructorOptions[] = []
  if (isMac) template.push({ role: 'appMenu' })

  template.push({
    label: l.file,
    submenu: [
      item(l.new, 'CmdOrCtrl+N', { type: 'menu.new' }),
      item(l.open, 'CmdOrCtrl+O', { type: 'menu.open' }),
      { type: 'separator' },
      item(l.saveAs, 'CmdOrCtrl+Shift+S', { type: 'menu.saveAs' }),
      { type: 'separator' },
      {
        label: l.export,
        // Each entry opens the same export dialog as the top bar's Export menu and the buttons on the documents.
        submenu: [
          exportItem(l.exportPlan, 'plan.workGroup'),
          exportItem(l.exportPlans, 'plan.community'),
          exportItem(l.exportEvaluation, 'evaluation.report'),
          { type: 'separator' },
          exportItem(l.exportAgenda, 'meeting.agenda'),
          exportItem(l.exportMinutes, 'meeting.minutes'),
          exportItem(l.exportCalendar, 'meetings.calendar'),
        ],
      },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  })

  template.push({
    label: l.edit,
    submenu: [
      item(l.undo, 'CmdOrCtrl+Z', { type: 'menu.undo' }),
      item(l.redo, 'CmdOrCtrl+Shift+Z', { type: 'menu.redo' }),
      // Ctrl+Y also redoes (Windows/Linux habit). A menu item has one accelerator, so a
      // hidden twin carries the second; hidden items' accelerators work on every platform.
      ...(isMac ? [] : [{ ...item(l.redo, 'Ctrl+Y', { type: 'menu.redo' }), visible: false, acceleratorWorksWhenHidden: true }]),
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { type: 'separator' },
      { role: 'selectAll', label: l.selectAll },
    ],
  })

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: l.reload },
        { role: 'toggleDevTools', label: l.devTools },
      ]
  template.push({
    label: l.view,
    submenu: [
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: l.fullScreen },
      ...developerItems,
    ],
  })

  template.push({
    label: l.help,
    role: 'help',
    submenu: [{ role: 'about', label: l.about }],
  })

  return template
}
