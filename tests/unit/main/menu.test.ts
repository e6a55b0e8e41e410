import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuLabels, menuTemplate, type MenuEvent } from '../../../electron/main/menu'
import { exportKinds, type ExportKind } from '../../../shared/api'

type Item = MenuItemConstructorOptions

function allItems(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])])
}

function find(template: Item[], label: string): Item {
  const item = allItems(template).find((i) => i.label === label)
  if (!item) throw new Error(`no menu item ${label}`)
  return item
}

/** Clicks a template item the way Electron would (the arguments are not used by the app). */
function click(item: Item): void {
  const handler = item.click as (() => void) | undefined
  if (!handler) throw new Error(`${item.label} has no click handler`)
  handler()
}

const linux = { isPackaged: true, platform: 'linux' } as const

/** The order of the Exporteren submenu: plans, the evaluation report, then the meeting documents. */
const menuOrder: ExportKind[] = ['plan.workGroup', 'plan.community', 'evaluation.report', 'meeting.agenda', 'meeting.minutes', 'meetings.calendar']
const order = (kind: ExportKind) => menuOrder.indexOf(kind)

describe('menuTemplate', () => {
  it('Dutch labels for nl', () => {
    const t = menuTemplate('nl', vi.fn(), linux)
    expect(t.map((i) => i.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help'])
    for (const label of ['Nieuwe leergemeenschap…', 'Openen…', 'Opslaan als…', 'Afsluiten', 'Ongedaan maken', 'Opnieuw', 'Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren', 'Volledig scherm']) {
      expect(() => find(t, label)).not.toThrow()
    }
  })

  it('English labels for en', () => {
    const t = menuTemplate('en', vi.fn(), linux)
    expect(t.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    for (const label of ['New learning community…', 'Open…', 'Save as…', 'Quit', 'Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select all']) {
      expect(() => find(t, label)).not.toThrow()
    }
    const dutch = new Set<string>(Object.values(menuLabels.nl))
    const english = allItems(t).flatMap((i) => (i.label ? [i.label] : []))
    expect(english.filter((l) => dutch.has(l) && l !== 'Help')).toEqual([])
  })

  it('undo sends menu.undo to the renderer and is not the built-in undo role', () => {
    const send = vi.fn<(event: MenuEvent) => void>()
    const undo = find(menuTemplate('nl', send, linux), 'Ongedaan maken')
    expect(undo.role).toBeUndefined()
    expect(undo.accelerator).toBe('CmdOrCtrl+Z')
    click(undo)
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'menu.undo' })
  })

  it('no item anywhere uses the undo or redo roles', () => {
    for (const lang of ['nl', 'en'] as const) {
      const roles = allItems(menuTemplate(lang, vi.fn(), linux)).map((i) => i.role)
      expect(roles).not.toContain('undo')
      expect(roles).not.toContain('redo')
    }
  })

  it.each([
    ['Opnieuw', 'CmdOrCtrl+Shift+Z', 'menu.redo'],
    ['Nieuwe leergemeenschap…', 'CmdOrCtrl+N', 'menu.new'],
    ['Openen…', 'CmdOrCtrl+O', 'menu.open'],
    ['Opslaan als…', 'CmdOrCtrl+Shift+S', 'menu.saveAs'],
  ] as const)('%s (%s) sends %s', (label, accelerator, type) => {
    const send = vi.fn<(event: MenuEvent) => void>()
    const item = find(menuTemplate('nl', send, linux), label)
    expect(item.accelerator).toBe(accelerator)
    click(item)
    expect(send).toHaveBeenCalledExactlyOnceWith({ type })
  })

  it('Ctrl+Y is a second, hidden redo shortcut on Windows and Linux (not on macOS)', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const send = vi.fn<(event: MenuEvent) => void>()
      const items = allItems(menuTemplate('nl', send, { isPackaged: true, platform }))
      const ctrlY = items.find((i) => i.accelerator === 'Ctrl+Y')
      expect(ctrlY?.visible).toBe(false)
      expect(ctrlY?.role).toBeUndefined()
      click(ctrlY!)
      expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'menu.redo' })
    }
    const mac = allItems(menuTemplate('nl', vi.fn(), { isPackaged: true, platform: 'darwin' }))
    expect(mac.map((i) => i.accelerator)).not.toContain('Ctrl+Y')
  })

  it('Bestand has an Exporteren submenu with every export kind, each sending menu.export', () => {
    const send = vi.fn<(event: MenuEvent) => void>()
    const t = menuTemplate('nl', send, linux)
    const file = t.find((i) => i.label === 'Bestand')
    const exportMenu = (file?.submenu as Item[]).find((i) => i.label === 'Exporteren')
    const entries = (exportMenu?.submenu as Item[]).filter((i) => i.type !== 'separator')
    expect(entries.map((i) => i.label)).toEqual([
      'Plan van aanpak…',
      'Alle plannen van aanpak…',
      'Evaluatieverslag…',
      'Uitnodiging met agenda…',
      'Verslag (notulen)…',
      'Rooster van de bijeenkomsten (.ics)…',
    ])
    for (const entry of entries) click(entry)
    expect(send.mock.calls.map(([event]) => event)).toEqual(exportKinds.map((kind) => ({ type: 'menu.export', kind })).sort((a, b) => order(a.kind) - order(b.kind)))
    const english = menuTemplate('en', vi.fn(), linux)
    expect(() => find(english, 'Export')).not.toThrow()
    expect(() => find(english, 'Meeting schedule (.ics)…')).not.toThrow()
  })

  it('clipboard items use their roles', () => {
    const t = menuTemplate('nl', vi.fn(), linux)
    expect(find(t, 'Knippen').role).toBe('cut')
    expect(find(t, 'Kopiëren').role).toBe('copy')
    expect(find(t, 'Plakken').role).toBe('paste')
    expect(find(t, 'Alles selecteren').role).toBe('selectAll')
  })

  it('developer tools and reload only when not packaged', () => {
    const packaged = allItems(menuTemplate('nl', vi.fn(), linux)).map((i) => i.role)
    expect(packaged).not.toContain('toggleDevTools')
    expect(packaged).not.toContain('reload')
    const dev = allItems(menuTemplate('nl', vi.fn(), { isPackaged: false, platform: 'linux' })).map((i) => i.role)
    expect(dev).toContain('toggleDevTools')
  })

  it('defaults to the packaged (no developer tools) menu', () => {
    expect(allItems(menuTemplate('en', vi.fn())).map((i) => i.role)).not.toContain('toggleDevTools')
  })

  it('macOS: app menu first, quit lives there', () => {
    const t = menuTemplate('nl', vi.fn(), { isPackaged: true, platform: 'darwin' })
    expect(t[0]?.role).toBe('appMenu')
    expect(allItems(t).map((i) => i.label)).not.toContain('Afsluiten')
  })
})
