/**
 * The Export menu in the top bar (and the application menu's Bestand › Exporteren): every document
 * the app can export, by keyboard and by mouse, through the same dialogs as the buttons on the
 * documents, written through the scripted save dialog and opened in LibreOffice. Entries that have
 * nothing to export say why.
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { dutchLongDate } from '../../electron/services/export/dates'
import { compareMeetings } from '../../shared/logic/meeting-series'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, openHeerlen } from './helpers'
import { heerlenFixture, readBack } from './report-support'

const menuButton = (app: WerkbankApp) => app.page.getByRole('button', { name: 'Exporteren', exact: true })
const menu = (app: WerkbankApp) => app.page.getByRole('menu', { name: 'Exporteren' })
const focusedItem = (app: WerkbankApp) => menu(app).locator('[role="menuitem"]:focus')

test('by keyboard: open the menu, move with the arrow keys, close with Escape, export all plans; the contents list has page numbers', async ({ app }, testInfo) => {
  await app.start()
  await openHeerlen(app)
  const fixture = heerlenFixture()

  await menuButton(app).focus()
  await app.page.keyboard.press('Enter')
  await expect(menu(app)).toBeVisible()
  await expect(menuButton(app)).toHaveAttribute('aria-expanded', 'true')
  // Every work group’s plan, the combined plans, the evaluation report and the three meeting documents.
  await expect(menu(app).getByRole('menuitem')).toHaveCount(fixture.workGroups.length + 5)
  await expect(focusedItem(app)).toHaveText(fixture.workGroups[0]!.name)
  await app.page.keyboard.press('ArrowDown')
  await expect(focusedItem(app)).toHaveText(fixture.workGroups[1]!.name)
  await app.page.keyboard.press('End')
  await expect(focusedItem(app)).toHaveText('Rooster van de bijeenkomsten (.ics)…')
  await app.page.keyboard.press('ArrowDown')
  await expect(focusedItem(app)).toHaveText(fixture.workGroups[0]!.name)
  await app.page.keyboard.press('ArrowUp')
  await expect(focusedItem(app)).toHaveText('Rooster van de bijeenkomsten (.ics)…')
  await app.page.keyboard.press('Home')
  await expect(focusedItem(app)).toHaveText(fixture.workGroups[0]!.name)
  await app.screenshot('export-menu-open')
  await app.page.keyboard.press('Escape')
  await expect(menu(app)).toBeHidden()
  await expect(menuButton(app)).toBeFocused()

  // ↓ on the button opens the menu too; three more down is the combined plans.
  await app.page.keyboard.press('ArrowDown')
  for (let i = 0; i < fixture.workGroups.length; i++) await app.page.keyboard.press('ArrowDown')
  await expect(focusedItem(app)).toHaveText('Alle plannen van aanpak (gecombineerd)')
  await app.page.keyboard.press('Enter')
  const dialog = app.page.getByRole('dialog', { name: 'Alle plannen van aanpak exporteren' })
  await expect(dialog).toBeVisible()
  await expect(menu(app)).toBeHidden()
  await dialog.getByLabel('Auteur').fill('Maud Vossen, procesbegeleider')
  const docx = join(app.docsDir, 'Plannen via menu.docx')
  app.dialogs.saveAnswers.push(docx)
  await dialog.getByRole('button', { name: 'Exporteren…' }).focus()
  await app.page.keyboard.press('Enter')
  await expect(dialog.getByTestId('export-done')).toContainText('Plannen via menu.docx')
  expect((await stat(docx)).size).toBeGreaterThan(5_000)

  const opened = await readBack(testInfo, docx, 3)
  expect(opened.readingText).toContain('Auteur: Maud Vossen, procesbegeleider')
  for (const group of fixture.workGroups) expect(opened.readingText).toContain(group.name)
  // The contents page lists the chapters with page numbers (after the title page and itself).
  const contents = opened.text.split('\f')[1] ?? ''
  expect(contents).toContain('Inhoud')
  for (const group of fixture.workGroups) expect(contents.replace(/\s+/g, ' ')).toMatch(new RegExp(`${group.name.slice(0, 25).replace(/[()]/g, '.')}.*?\\.{3,} ?\\d+`))
  await dialog.getByRole('button', { name: 'Sluiten' }).click()
  await expect(dialog).toBeHidden()
})

test('by mouse: the minutes of a chosen meeting, one work group’s plan and the .ics schedule', async ({ app }, testInfo) => {
  await app.start()
  await openHeerlen(app)
  const fixture = heerlenFixture()
  const meetings = [...fixture.meetings].sort(compareMeetings)
  const latest = meetings[meetings.length - 1]!
  const earlier = meetings.find((m) => m.status !== 'cancelled' && m.date < latest.date && m.kind === 'plenary')!

  // Minutes: the dialog starts at the most recent meeting (all of the example’s are past); choose another.
  await menuButton(app).click()
  await menu(app).getByRole('menuitem', { name: 'Verslag (notulen)…' }).click()
  const minutes = app.page.getByRole('dialog', { name: 'Verslag exporteren' })
  const select = minutes.getByLabel('Bijeenkomst')
  await expect(select).toHaveValue(latest.id)
  await expect(select.locator('option')).toHaveCount(meetings.length)
  await select.selectOption(earlier.id)
  await app.screenshot('export-menu-minutes')
  const minutesDocx = join(app.docsDir, 'Verslag via menu.docx')
  app.dialogs.saveAnswers.push(minutesDocx)
  await minutes.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(minutes.getByTestId('export-done')).toContainText('Verslag via menu.docx')
  const minutesText = (await readBack(testInfo, minutesDocx, 1)).readingText
  expect(minutesText).toContain(dutchLongDate(earlier.date))
  expect(minutesText).not.toContain(dutchLongDate(latest.date))
  await minutes.getByRole('button', { name: 'Sluiten' }).click()

  // One work group’s plan: the same dialog as the button on the plan.
  const group = fixture.workGroups[1]!
  await menuButton(app).click()
  await menu(app).getByRole('group', { name: 'Plan van aanpak per werkgroep' }).getByRole('menuitem', { name: group.name }).click()
  const plan = app.page.getByRole('dialog', { name: 'Plan van aanpak exporteren' })
  await expect(plan.getByLabel('Titel', { exact: true })).toHaveValue(`Plan van aanpak ${group.name}`)
  const planDocx = join(app.docsDir, 'Plan via menu.docx')
  app.dialogs.saveAnswers.push(planDocx)
  await plan.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(plan.getByTestId('export-done')).toBeVisible()
  const planText = (await readBack(testInfo, planDocx, 2)).readingText
  expect(planText).toContain(fixture.plans.find((p) => p.workGroupId === group.id)!.objective)
  await plan.getByRole('button', { name: 'Sluiten' }).click()

  // The schedule: every meeting as an event.
  await menuButton(app).click()
  await menu(app).getByRole('menuitem', { name: 'Rooster van de bijeenkomsten (.ics)…' }).click()
  const schedule = app.page.getByRole('dialog', { name: 'Rooster van de bijeenkomsten exporteren' })
  await expect(schedule).toContainText(`alle ${meetings.length} bijeenkomsten`)
  const ics = join(app.docsDir, 'Rooster.ics')
  app.dialogs.saveAnswers.push(ics)
  await schedule.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(schedule.getByTestId('export-done')).toContainText('Rooster.ics')
  const calendar = await readFile(ics, 'utf8')
  expect(calendar.startsWith('BEGIN:VCALENDAR')).toBe(true)
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(meetings.length)
})

test('Bestand › Exporteren in the application menu opens the same dialogs; a work group is asked for', async ({ app }, testInfo) => {
  await app.start()
  await openHeerlen(app)
  const fixture = heerlenFixture()
  const group = fixture.workGroups[2]!

  // An event with a kind the contract does not know is ignored.
  await app.emit({ type: 'menu.export', kind: 'brief' } as unknown as Parameters<WerkbankApp['emit']>[0])
  await expect(app.page.getByRole('dialog')).toHaveCount(0)

  await app.emit({ type: 'menu.export', kind: 'plan.workGroup' })
  const choose = app.page.getByRole('dialog', { name: 'Plan van aanpak exporteren' })
  await choose.getByLabel('Werkgroep').selectOption({ label: group.name })
  await choose.getByRole('button', { name: 'Verder…' }).click()
  const plan = app.page.getByRole('dialog', { name: 'Plan van aanpak exporteren' })
  await expect(plan.getByLabel('Titel', { exact: true })).toHaveValue(`Plan van aanpak ${group.name}`)
  await plan.getByRole('button', { name: 'Annuleren' }).click()
  await expect(app.page.getByRole('dialog')).toHaveCount(0)

  await app.emit({ type: 'menu.export', kind: 'evaluation.report' })
  const evaluation = app.page.getByRole('dialog', { name: 'Evaluatieverslag exporteren' })
  await evaluation.getByLabel('Initialen in plaats van namen').check()
  const docx = join(app.docsDir, 'Evaluatie via menu.docx')
  app.dialogs.saveAnswers.push(docx)
  await evaluation.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(evaluation.getByTestId('export-done')).toBeVisible()
  const text = (await readBack(testInfo, docx, 2)).readingText
  expect(text).toContain('Evaluatieverslag')
  for (const { name } of fixture.participants) expect(text).not.toContain(name)
})

test('a new community: entries with nothing to export say why and do nothing', async ({ app }) => {
  await app.start()
  await createCommunity(app, 'Leergemeenschap Kerkrade')
  await menuButton(app).click()
  const plan = menu(app).getByTestId('export-menu-plan')
  await expect(plan).toHaveAttribute('aria-disabled', 'true')
  await expect(plan).toHaveAccessibleDescription('Nog geen werkgroepen.')
  await expect(menu(app).getByTestId('export-menu-plans')).toHaveAccessibleDescription('Nog geen plannen van aanpak.')
  for (const key of ['agenda', 'minutes', 'calendar']) {
    await expect(menu(app).getByTestId(`export-menu-${key}`)).toHaveAccessibleDescription('Nog geen bijeenkomsten.')
  }
  await expect(menu(app).getByTestId('export-menu-evaluation')).not.toHaveAttribute('aria-disabled', 'true')
  await app.screenshot('export-menu-empty')
  await menu(app).getByTestId('export-menu-minutes').click({ force: true })
  await expect(menu(app)).toBeVisible()
  await expect(app.page.getByRole('dialog')).toHaveCount(0)
  // A click outside closes the menu.
  await app.page.getByTestId('project-name').click()
  await expect(menu(app)).toBeHidden()
})
