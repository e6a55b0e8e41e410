/**
 * Groepsfasen: the IPG matrix (edit a cell, reset it), signals per phase, phase observations
 * per group with the current phase and the timeline, the guidance panel for a group's phase
 * (with an agenda suggestion added to a meeting), and reflections that clear the reminder.
 * Driven through the real UI, saved by the real storage service, checked on disk and after reopen.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { fixturePath } from '../fixtures/paths'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, openExample, readProjectJson } from './helpers'

interface StoredGroupDevelopment {
  cellOverrides: Array<Record<string, unknown>>
  signalOverrides: Array<{ id: string; phase: string; text: string | null; removed: boolean }>
  observations: Array<{ id: string; date: string; workGroupId: string | null; phase: string; signalIds: string[]; note: string }>
  reflections: Array<{ id: string; date: string; workGroupId: string | null; levels: Record<string, string>; agreements: Array<{ text: string }> }>
  reflectionReminderMeetings: number
}
type Stored = Record<string, unknown> & {
  groupDevelopment: StoredGroupDevelopment
  meetings: Array<{ id: string; kind: string; workGroupId: string | null; status: string; agenda: Array<{ title: string; kind: string; durationMinutes: number }> }>
}

const PREVENTIE = 'Preventie en vroegsignalering'
const ERKENNING = 'Erkenning en facilitering van burgerinitiatieven'

async function exampleCopyPath(app: WerkbankApp): Promise<string> {
  const folder = join(app.dataDir, 'Voorbeelden')
  const file = (await readdir(folder)).find((name) => name.endsWith('.werkbank.json'))
  if (!file) throw new Error('the example copy was not written')
  return join(folder, file)
}

const stored = async (path: string) => (await readProjectJson(path)) as unknown as Stored

async function openPhases(app: WerkbankApp, tab?: string): Promise<void> {
  await goTo(app, 'Groepsfasen')
  await expect(app.page.getByRole('heading', { level: 1, name: 'Groepsfasen' })).toBeVisible()
  if (tab) await app.page.getByRole('tab', { name: tab }).click()
}

/** Open a project file written by the test (the Heerlen fixture with a change). */
async function openProjectFile(app: WerkbankApp, change: (project: Stored) => void, fileName = 'Heerlen.werkbank.json'): Promise<string> {
  const project = JSON.parse(await readFile(fixturePath('heerlen.werkbank.json'), 'utf8')) as Stored
  change(project)
  const path = join(app.docsDir, fileName)
  await writeFile(path, JSON.stringify(project, null, 2))
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
  return path
}

/** Close and reopen the app on the same folders, then open the project from the recent files. */
async function reopen(app: WerkbankApp, name = 'Leergemeenschap Heerlen STAND-BY!'): Promise<void> {
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: new RegExp(`^${name}`) }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText(name)
}

/** The horizontal centre of an element on the page, in pixels. */
async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on the page')
  return box.x + box.width / 2
}

const cell = (page: Page, phase: string, row: string) => page.getByTestId(`ipg-cell-${phase}-${row}`)
const glance = (page: Page, group: string) => page.getByTestId('phase-glance').locator(`[data-group="${group}"]`)

test('IPG matrix: both models, edit a cell and its style, reset it, undo, on disk and after reopen', async ({ app }) => {
  await app.start()
  await openExample(app)
  const path = await exampleCopyPath(app)
  const page = app.page
  await openPhases(app, 'IPG-matrix')

  const matrix = page.getByTestId('ipg-matrix')
  await expect(page.getByTestId('ipg-note')).toContainText('geen citaat uit een boek')
  // Both models where space allows: Remmerswaal's and Van Riet's names in the column heads.
  await expect(matrix.getByRole('columnheader', { name: /Controle- en affectiefase/ })).toContainText('Fase van integratie, desintegratie en herintegratie')
  await expect(matrix.getByRole('rowheader')).toHaveText(['Betekenis voor de deelnemer', 'Rol van de groepswerker', 'Leiderschapsstijl', 'Interventie op niveau'])
  await expect(cell(page, 'orientation', 'leadership')).toContainText('directief')
  await expect(cell(page, 'control', 'leadership')).toContainText('overtuigend')
  await expect(cell(page, 'control', 'intervention')).toContainText('interactie')
  await expect(cell(page, 'orientation', 'role')).toContainText('Standaardtekst')
  await expect(page.getByTestId('ipg-note')).toContainText('toont jouw tekst zoals je hem schreef')
  // The screenshot shows the matrix itself: its head at the top of the pane, the rows below it.
  await matrix.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await expect(matrix.getByRole('rowheader', { name: 'Rol van de groepswerker' })).toBeInViewport()
  await app.screenshot('phases-matrix')
  // Reading the lower rows, the phase names stay in sight (the head sticks to the top of the pane).
  await matrix.getByRole('rowheader', { name: 'Interventie op niveau' }).evaluate((el) => el.scrollIntoView({ block: 'end' }))
  await expect(matrix.getByRole('rowheader', { name: 'Betekenis voor de deelnemer' })).not.toBeInViewport()
  await expect(matrix.getByRole('columnheader', { name: /Oriëntatiefase/ })).toBeInViewport()
  await cell(page, 'control', 'intervention').getByText('Voorbeelden per niveau').click()
  await expect(cell(page, 'control', 'intervention')).toContainText('Benoem spanning of subgroepjes')

  // Switch the model: only Van Riet's names, only Remmerswaal's, then both again.
  await page.getByRole('radio', { name: 'Van Riet' }).check()
  await expect(matrix.getByRole('columnheader').first()).toContainText('Voorstadium van groep zijn')
  await expect(matrix.getByRole('columnheader', { name: /Controle- en affectiefase/ })).toHaveCount(0)
  await page.getByRole('radio', { name: 'Remmerswaal' }).check()
  await expect(matrix.getByRole('columnheader').nth(2)).toHaveText(/Controle- en affectiefase/)
  await expect(matrix).not.toContainText('Fase van integratie, desintegratie en herintegratie')
  await expect(matrix).not.toContainText('Voorstadium van groep zijn')
  await page.getByRole('radio', { name: 'Beide' }).check()
  await expect(matrix.getByRole('columnheader', { name: /Controle- en affectiefase/ })).toContainText('Fase van integratie, desintegratie en herintegratie')

  // Edit the orientation × role cell.
  await cell(page, 'orientation', 'role').getByRole('button', { name: 'Rol van de groepswerker bij Oriëntatiefase bewerken' }).click()
  const dialog = page.getByTestId('ipg-cell-dialog')
  await dialog.getByLabel('Tekst').fill('Gastvrouw: zet koffie, opent met een rondje namen en legt het doel in twee zinnen uit.')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog).toBeHidden()
  await expect(cell(page, 'orientation', 'role')).toContainText('Gastvrouw: zet koffie')
  await expect(cell(page, 'orientation', 'role')).toContainText('Aangepast')
  // Edit the control × leadership cell's style.
  await cell(page, 'control', 'leadership').getByRole('button', { name: /bewerken/ }).click()
  await dialog.getByRole('checkbox', { name: 'overtuigend' }).uncheck()
  await dialog.getByRole('checkbox', { name: 'participerend' }).check()
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(cell(page, 'control', 'leadership').locator('.ipg-tag')).toHaveText(['participerend'])
  await expectSaved(app)
  expect((await stored(path)).groupDevelopment.cellOverrides).toEqual([
    { phase: 'orientation', row: 'role', text: 'Gastvrouw: zet koffie, opent met een rondje namen en legt het doel in twee zinnen uit.' },
    { phase: 'control', row: 'leadership', styles: ['participating'] },
  ])

  // Reset the role cell to its default; undo brings the edit back, redo resets again.
  await cell(page, 'orientation', 'role').getByRole('button', { name: /terugzetten naar de standaardtekst/ }).click()
  await expect(cell(page, 'orientation', 'role')).toContainText('Gastheer en structuurgever')
  await expect(cell(page, 'orientation', 'role')).not.toContainText('Aangepast')
  await page.keyboard.press('Control+z')
  await expect(cell(page, 'orientation', 'role')).toContainText('Gastvrouw: zet koffie')
  await page.keyboard.press('Control+Shift+z')
  await expect(cell(page, 'orientation', 'role')).toContainText('Gastheer en structuurgever')
  await expectSaved(app)
  expect((await stored(path)).groupDevelopment.cellOverrides).toEqual([{ phase: 'control', row: 'leadership', styles: ['participating'] }])

  await reopen(app)
  await openPhases(app, 'IPG-matrix')
  await expect(cell(app.page, 'control', 'leadership').locator('.ipg-tag')).toHaveText(['participerend'])
  await expect(cell(app.page, 'control', 'leadership')).toContainText('Aangepast')
  await expect(cell(app.page, 'orientation', 'role')).toContainText('Gastheer en structuurgever')
})

test('IPG matrix: the intervention levels and examples of a cell, reset from inside the cell dialog, undo', async ({ app }) => {
  await app.start()
  await openExample(app)
  const path = await exampleCopyPath(app)
  const page = app.page
  await openPhases(app, 'IPG-matrix')
  const target = cell(page, 'control', 'intervention')
  await expect(target.locator('.ipg-tag')).toHaveText(['interactie', 'procedure'])

  await target.getByRole('button', { name: 'Interventie op niveau bij Controle- en affectiefase bewerken' }).click()
  const dialog = page.getByTestId('ipg-cell-dialog')
  await expect(dialog.getByLabel('Voorbeeldinterventie: interactie')).toHaveValue('Benoem spanning of subgroepjes zonder schuldvraag en vraag de groep om te reageren.')
  await dialog.getByRole('checkbox', { name: 'procedure' }).uncheck()
  await dialog.getByRole('checkbox', { name: 'context' }).check()
  await dialog.getByLabel('Voorbeeldinterventie: context').fill('Nodig de wijkmanager uit om te vertellen wat de gemeente met het advies doet.')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog).toBeHidden()
  await expect(target.locator('.ipg-tag')).toHaveText(['interactie', 'context'])
  await expect(target).toContainText('Aangepast')
  await target.getByText('Voorbeelden per niveau').click()
  await expect(target.locator('.ipg-examples .is-focus dt')).toHaveText(['Interactie', 'Context'])
  await expect(target.locator('.ipg-examples')).toContainText('Nodig de wijkmanager uit om te vertellen wat de gemeente met het advies doet.')
  // The other levels keep their default example.
  await expect(target.locator('.ipg-examples')).toContainText('Maak rollen (voorzitter, notulist, tijdbewaker) en de manier van besluiten expliciet.')
  await expectSaved(app)
  expect((await stored(path)).groupDevelopment.cellOverrides).toEqual([
    {
      phase: 'control',
      row: 'intervention',
      levels: ['interaction', 'context'],
      examples: { context: 'Nodig de wijkmanager uit om te vertellen wat de gemeente met het advies doet.' },
    },
  ])

  // Reset from inside the cell dialog: levels and examples back to the default; undo brings the edit back.
  await target.getByRole('button', { name: /bewerken/ }).click()
  await expect(dialog.getByRole('checkbox', { name: 'context' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Terugzetten naar standaard' }).click()
  await expect(dialog).toBeHidden()
  await expect(target.locator('.ipg-tag')).toHaveText(['interactie', 'procedure'])
  await expect(target).toContainText('Standaardtekst')
  await expect(page.getByTestId('ipg-notice')).toContainText('staat weer op de standaardtekst')
  await expectSaved(app)
  expect((await stored(path)).groupDevelopment.cellOverrides).toEqual([])
  await page.keyboard.press('Control+z')
  await expect(target.locator('.ipg-tag')).toHaveText(['interactie', 'context'])
  await expectSaved(app)
  expect((await stored(path)).groupDevelopment.cellOverrides).toHaveLength(1)
  // A cell never edited has no reset in its dialog.
  await cell(page, 'closing', 'role').getByRole('button', { name: /bewerken/ }).click()
  await expect(dialog.getByRole('button', { name: 'Terugzetten naar standaard' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Annuleren' }).click()
})

test('IPG matrix in English: default cells in English, the facilitator’s own Dutch text as written and marked Edited', async ({ app }) => {
  await app.start()
  await openExample(app)
  const page = app.page
  await openPhases(app, 'IPG-matrix')
  await cell(page, 'orientation', 'role').getByRole('button', { name: /bewerken/ }).click()
  const dialog = page.getByTestId('ipg-cell-dialog')
  await expect(dialog).toContainText('hij wordt niet vertaald als je van taal wisselt')
  await dialog.getByLabel('Tekst').fill('Gastvrouw: zet koffie en opent met een rondje namen.')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(cell(page, 'orientation', 'role')).toContainText('Aangepast')

  await page.getByRole('button', { name: 'EN', exact: true }).click()
  await expect(page.getByRole('tab', { name: 'IPG matrix' })).toHaveAttribute('aria-selected', 'true')
  const matrix = page.getByTestId('ipg-matrix')
  await expect(matrix.getByRole('rowheader')).toHaveText(['Meaning for the participant', 'Role of the facilitator', 'Leadership style', 'Intervention level'])
  await expect(matrix.getByRole('columnheader').nth(1)).toContainText('Orientation phase')
  await expect(matrix.getByRole('columnheader').nth(1)).toContainText('Group formation')
  // App defaults in English, marked as the default text.
  await expect(cell(page, 'orientation', 'meaning')).toContainText('You look for safety and clarity')
  await expect(cell(page, 'orientation', 'meaning')).toContainText('Default text')
  await expect(cell(page, 'orientation', 'leadership').locator('.ipg-tag')).toHaveText(['directive'])
  await expect(cell(page, 'control', 'intervention').locator('.ipg-tag')).toHaveText(['interaction', 'procedure'])
  // The facilitator's own text stays as written, and the UI says so.
  await expect(cell(page, 'orientation', 'role')).toContainText('Gastvrouw: zet koffie en opent met een rondje namen.')
  await expect(cell(page, 'orientation', 'role')).toContainText('Edited')
  await expect(page.getByTestId('ipg-note')).toContainText('A cell you change is marked Edited and shows your own text as you wrote it')
  await matrix.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await app.screenshot('phases-matrix-en')

  // Signals: English defaults; the example's own Dutch signal as written, marked as own.
  await page.getByRole('tab', { name: 'Signals' }).click()
  const orientation = page.getByTestId('signals-orientation')
  await expect(orientation.getByRole('textbox', { name: 'Signal', exact: true }).first()).toHaveValue('Participants wait for the facilitator and look to them')
  await expect(orientation.locator('li').filter({ hasText: 'own signal' }).getByRole('textbox')).toHaveValue('Bewoners vinden het jargon van beroepskrachten lastig')
  await page.getByRole('button', { name: 'NL', exact: true }).click()
  await expect(page.getByRole('tab', { name: 'Signalen' })).toBeVisible()
})

test('signals per phase: edit, remove, add own, tick in an observation, reset the phase', async ({ app }) => {
  await app.start()
  await openExample(app)
  const path = await exampleCopyPath(app)
  const page = app.page
  await openPhases(app, 'Signalen')

  const control = page.getByTestId('signals-control')
  const inputs = control.getByRole('textbox', { name: 'Signaal', exact: true })
  await expect(inputs).toHaveCount(5)
  await inputs.nth(1).fill('Subgroepjes: bewoners tegenover beroepskrachten')
  await control.getByRole('button', { name: 'Signaal “Sommigen trekken zich terug of blijven weg” verwijderen' }).click()
  await control.getByRole('textbox', { name: 'Nieuw signaal bij Controle- en affectiefase' }).fill('Telefoons gaan op tafel')
  await control.getByRole('button', { name: 'Toevoegen' }).click()
  await expect(inputs).toHaveCount(5)
  await expect(control).toContainText('eigen signaal')
  await expect(control).toContainText('aangepast')

  // Undo takes back the add, the removal and the edit (typing in a signal is one step), in that order; redo replays them.
  const values = () => inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))
  const edited = ['Discussie over procedures, rollen en wie wat beslist', 'Subgroepjes: bewoners tegenover beroepskrachten', 'Openlijke onenigheid of conflict, ook met de begeleider', 'Afspraken worden ter discussie gesteld of niet nagekomen', 'Telefoons gaan op tafel']
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Control+z')
  await expect.poll(values).toEqual(edited.slice(0, 4))
  await page.keyboard.press('Control+z')
  await expect.poll(values).toEqual([...edited.slice(0, 4), 'Sommigen trekken zich terug of blijven weg'])
  await page.keyboard.press('Control+z')
  await expect(inputs.nth(1)).toHaveValue('Subgroepjes of coalities ontstaan')
  await expect(control).not.toContainText('aangepast')
  await page.keyboard.press('Control+Shift+z')
  await expect(inputs.nth(1)).toHaveValue('Subgroepjes: bewoners tegenover beroepskrachten')
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(values).toEqual(edited)
  await expectSaved(app)
  let gd = (await stored(path)).groupDevelopment
  const own = gd.signalOverrides.find((s) => s.text === 'Telefoons gaan op tafel')!
  expect(gd.signalOverrides).toEqual(
    expect.arrayContaining([
      { id: 'sig-control-2', phase: 'control', text: 'Subgroepjes: bewoners tegenover beroepskrachten', removed: false },
      { id: 'sig-control-5', phase: 'control', text: null, removed: true },
      { id: own.id, phase: 'control', text: 'Telefoons gaan op tafel', removed: false },
    ]),
  )

  // Tick the edited and the own signal in an observation of the community.
  await page.getByRole('tab', { name: 'Fasen volgen' }).click()
  await glance(page, 'community').click()
  await page.getByRole('button', { name: 'Observatie vastleggen' }).click()
  const dialog = page.getByTestId('observation-dialog')
  await dialog.getByLabel('Datum').fill('2019-02-20')
  await dialog.getByRole('radio', { name: /Controle- en affectiefase/ }).check()
  const signals = dialog.getByTestId('observation-signals')
  await expect(signals.getByRole('checkbox')).toHaveCount(5)
  await signals.getByRole('checkbox', { name: 'Subgroepjes: bewoners tegenover beroepskrachten' }).check()
  await signals.getByRole('checkbox', { name: 'Telefoons gaan op tafel' }).check()
  await dialog.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(page.getByTestId('observation').filter({ hasText: '20 februari 2019' })).toContainText('Telefoons gaan op tafel')

  // Reset the phase: defaults back; the own signal stays readable in the observation.
  await page.getByRole('tab', { name: 'Signalen' }).click()
  await control.getByRole('button', { name: 'Standaardsignalen terugzetten' }).click()
  await expect.poll(() => inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual([
    'Discussie over procedures, rollen en wie wat beslist',
    'Subgroepjes of coalities ontstaan',
    'Openlijke onenigheid of conflict, ook met de begeleider',
    'Afspraken worden ter discussie gesteld of niet nagekomen',
    'Sommigen trekken zich terug of blijven weg',
  ])
  await expectSaved(app)
  gd = (await stored(path)).groupDevelopment
  expect(gd.signalOverrides.filter((s) => s.phase === 'control')).toEqual([{ id: own.id, phase: 'control', text: 'Telefoons gaan op tafel', removed: true }])
  const observation = gd.observations.find((o) => o.date === '2019-02-20' && o.workGroupId === null)!
  expect(observation).toMatchObject({ workGroupId: null, phase: 'control', signalIds: ['sig-control-2', own.id] })

  await reopen(app)
  await openPhases(app)
  await glance(app.page, 'community').click()
  const first = app.page.getByTestId('observation').filter({ hasText: '20 februari 2019' })
  await expect(first).toContainText('Telefoons gaan op tafel')
  await expect(first).toContainText('Subgroepjes of coalities ontstaan')
})

test('phase tracking: a new community starts empty; observations for a work group move its current phase and the timeline; guidance follows', async ({ app }) => {
  await app.start()
  await openExample(app)
  const path = await exampleCopyPath(app)
  const page = app.page
  await openPhases(app)

  // At a glance: the example's groups and their phases.
  await expect(glance(page, 'community')).toContainText('Afsluitingsfase')
  await expect(glance(page, 'wg-02')).toContainText('Autonome groep')
  await expect(glance(page, 'wg-02')).toContainText('sinds 15 mei 2019')
  const timeline = page.getByTestId('phase-timeline')
  await expect(timeline.getByRole('img')).toHaveAccessibleName(/Tijdlijn van de fasen per groep/)
  await expect(timeline.locator('[data-lane="wg-02"] [data-period]')).toHaveCount(3)
  await expect(timeline.locator('.visually-hidden li').nth(2)).toContainText(`${PREVENTIE}: Oriëntatiefase vanaf 23 januari 2019; Controle- en affectiefase vanaf 6 maart 2019; Autonome groep vanaf 15 mei 2019.`)

  // The community's lane carries all its meetings: plenary ones and the single kick-off and closing evaluation.
  const communityMeetings = (await stored(path)).meetings.filter((m) => m.workGroupId === null && m.status !== 'cancelled')
  expect(communityMeetings.map((m) => m.kind)).toContain('single')
  await expect(timeline.locator('[data-lane="community"] .timeline-meeting')).toHaveCount(communityMeetings.length)
  const tick = (date: string) => timeline.locator(`[data-lane="community"] .timeline-meeting[data-date="${date}"]`)
  await expect(tick('2018-09-05')).toHaveCount(1)
  await expect(tick('2019-12-11')).toHaveCount(1)
  await expect(tick('2019-08-14')).toHaveCount(0)
  // Positions follow the dates: kick-off 5 Sep, then 3 Oct (28 days later) and 7 Nov (35 days later) …
  const kickOff = await centreX(tick('2018-09-05'))
  const october = await centreX(tick('2018-10-03'))
  const november = await centreX(tick('2018-11-07'))
  const december = await centreX(tick('2018-12-12'))
  expect(october - kickOff).toBeGreaterThan(0)
  expect((november - october) / (october - kickOff)).toBeCloseTo(35 / 28, 1)
  // … and the control band of the community starts on the tick of 12 December 2018, where it was observed.
  const controlBand = await timeline.locator('[data-lane="community"] [data-period="control"] rect').boundingBox()
  expect(Math.abs(controlBand!.x - december)).toBeLessThan(1.5)
  // Work group 2's own meeting (30 January 2019) sits a week after its first observation (23 January).
  const wgTick = await centreX(timeline.locator('[data-lane="wg-02"] .timeline-meeting'))
  const wgDot = await centreX(timeline.locator('[data-lane="wg-02"] .timeline-dot[data-date="2019-01-23"]'))
  expect((wgTick - wgDot) / (october - kickOff)).toBeCloseTo(7 / 28, 1)

  // Choose the work group: its observations and the guidance for its phase.
  await glance(page, 'wg-02').click()
  await expect(page.getByRole('heading', { name: `Observaties van ${PREVENTIE}` })).toBeVisible()
  await expect(page.getByTestId('observation')).toHaveCount(3)
  const guidance = page.getByTestId('phase-guidance')
  await expect(guidance).toHaveAttribute('data-phase', 'autonomy')
  await expect(guidance).toContainText('Coach op afstand')
  await expect(guidance).toContainText('participerend')
  await expect(guidance).toContainText('Gastspreker of verdieping')
  await page.getByRole('heading', { name: 'Waar staan de groepen?' }).evaluate((el) => el.scrollIntoView({ block: 'start' }))
  // Only the pane scrolls: the top bar stays in the window (hidden text once stretched the page).
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0)
  await expect(page.getByTestId('save-status')).toBeInViewport()
  await app.screenshot('phases-tracking')

  // A new observation: the closing phase.
  await page.getByRole('button', { name: 'Observatie vastleggen' }).click()
  const dialog = page.getByTestId('observation-dialog')
  await expect(dialog.getByLabel('Groep', { exact: true })).toHaveValue('wg-02')
  await dialog.getByLabel('Datum').fill('2019-10-02')
  await dialog.getByRole('radio', { name: /Afsluitingsfase/ }).check()
  await dialog.getByRole('checkbox', { name: 'Zorgen over borging en het voortbestaan van de samenwerking' }).check()
  await dialog.getByLabel('Toelichting').fill('Het advies 18-min/18-plus is af; de vraag is wie de pilot overneemt.')
  await dialog.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(glance(page, 'wg-02')).toContainText('Afsluitingsfase')
  await expect(glance(page, 'wg-02')).toContainText('sinds 2 oktober 2019')
  await expect(timeline.locator('[data-lane="wg-02"] [data-period]')).toHaveCount(4)
  await expect(timeline.locator('[data-lane="wg-02"] [data-period]').last()).toHaveAttribute('data-period', 'closing')
  await expect(guidance).toHaveAttribute('data-phase', 'closing')
  await expect(guidance).toContainText('Afronder')
  await expect(guidance).toContainText('Evaluatie: wat heeft het opgeleverd?')
  await expect(guidance).toContainText('Borging: wie neemt wat over?')
  await expect(page.getByTestId('observation').first()).toContainText('Zorgen over borging')

  // An older observation does not change the current phase (latest date wins).
  await page.getByRole('button', { name: 'Observatie vastleggen' }).click()
  await dialog.getByLabel('Datum').fill('2019-04-03')
  await dialog.getByRole('radio', { name: /Controle- en affectiefase/ }).check()
  await dialog.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(glance(page, 'wg-02')).toContainText('Afsluitingsfase')
  await expect(page.getByTestId('observation')).toHaveCount(5)
  await expectSaved(app)
  const observations = (await stored(path)).groupDevelopment.observations.filter((o) => o.workGroupId === 'wg-02')
  expect(observations.map((o) => [o.date, o.phase])).toEqual([
    ['2019-01-23', 'orientation'],
    ['2019-03-06', 'control'],
    ['2019-05-15', 'autonomy'],
    ['2019-10-02', 'closing'],
    ['2019-04-03', 'control'],
  ])
  expect(observations[3]).toMatchObject({ signalIds: ['sig-closing-4'], note: 'Het advies 18-min/18-plus is af; de vraag is wie de pilot overneemt.' })

  // Undo the last one; remove the closing one (undoable too).
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('observation')).toHaveCount(4)
  await page.getByRole('button', { name: 'Observatie van 2 oktober 2019 verwijderen' }).click()
  await expect(glance(page, 'wg-02')).toContainText('Autonome groep')
  await page.getByTestId('observations-notice').getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(glance(page, 'wg-02')).toContainText('Afsluitingsfase')
  await expectSaved(app)

  await reopen(app)
  await openPhases(app)
  await expect(glance(app.page, 'wg-02')).toContainText('Afsluitingsfase')
  await expect(app.page.getByTestId('phase-timeline').locator('[data-lane="wg-02"] [data-period]')).toHaveCount(4)
})

test('a new community: empty timeline and guidance, first observation for the whole community', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Wijkleren Kerkrade', 'Kerkrade.werkbank.json')
  const page = app.page
  await openPhases(app)
  await expect(page.getByTestId('timeline-empty')).toBeVisible()
  await expect(page.getByTestId('observations-empty')).toBeVisible()
  await expect(page.getByTestId('guidance-no-phase')).toBeVisible()
  await expect(glance(page, 'community')).toContainText('Nog geen fase')
  await app.screenshot('phases-empty')

  await page.getByRole('button', { name: 'Observatie vastleggen' }).click()
  const dialog = page.getByTestId('observation-dialog')
  await dialog.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Kies de fase die je ziet.')
  await dialog.getByLabel('Datum').fill('2024-09-11')
  await dialog.getByRole('radio', { name: /Oriëntatiefase/ }).check()
  await dialog.getByRole('checkbox', { name: 'Beleefde, voorzichtige gesprekken; weinig tegenspraak' }).check()
  await dialog.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(glance(page, 'community')).toContainText('Oriëntatiefase')
  await expect(page.getByTestId('phase-timeline').locator('[data-lane="community"] [data-period="orientation"]')).toHaveCount(1)
  await expect(page.getByTestId('phase-guidance')).toContainText('Kennismaking in tweetallen')
  await expectSaved(app)
  expect((await stored(path)).groupDevelopment.observations).toEqual([
    expect.objectContaining({ date: '2024-09-11', workGroupId: null, phase: 'orientation', signalIds: ['sig-orientation-2'], note: '' }),
  ])

  // No meetings recorded: the reminder counts the days with an observation, and says so.
  await page.getByRole('tab', { name: 'Reflecties' }).click()
  await page.getByLabel('Herinner me na').fill('1')
  await expect(page.getByTestId('reflection-reminders')).toContainText('Leergemeenschap Wijkleren Kerkrade: nog nooit gereflecteerd, 1 observatiemoment.')
})

test('guidance panel: a suggestion fitting the phase goes on the agenda of the group’s next meeting', async ({ app }) => {
  await app.start()
  const path = await openProjectFile(app, (project) => {
    project.meetings = [
      { id: 'm-wg02-next', kind: 'workGroup', title: 'Werkgroep Preventie', workGroupId: 'wg-02', date: '2099-03-04', startTime: '15:00', endTime: '16:30', agenda: [] },
      { id: 'm-closing', kind: 'single', title: 'Slotbijeenkomst', workGroupId: null, date: '2099-06-10', startTime: '19:30', endTime: '21:30', agenda: [] },
    ] as unknown as Stored['meetings']
  })
  const page = app.page
  await openPhases(app)
  await glance(page, 'wg-02').click()
  const guidance = page.getByTestId('phase-guidance')
  await expect(guidance).toContainText('Toevoegen aan de volgende bijeenkomst: wo 4 mrt 2099 · Werkgroep Preventie')
  await guidance.getByRole('button', { name: '“Feedbackronde op de samenwerking” toevoegen aan de agenda van wo 4 mrt 2099 · Werkgroep Preventie' }).click()
  await expect(guidance.locator('[data-suggestion="au-feedback"]')).toContainText('Op de agenda')
  await guidance.getByTestId('guidance-notice').getByRole('button', { name: 'Sluiten' }).click()
  await guidance.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await app.screenshot('phases-guidance')
  await expectSaved(app)
  expect((await stored(path)).meetings[0]!.agenda).toEqual([
    expect.objectContaining({ title: 'Feedbackronde op de samenwerking', kind: 'reflect', durationMinutes: 15, workGroupIds: ['wg-02'] }),
  ])
  // The meeting appears on the timeline as a tick in the group's lane.
  await expect(page.getByTestId('phase-timeline').locator('[data-lane="wg-02"] .timeline-meeting')).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(guidance.locator('[data-suggestion="au-feedback"]').getByRole('button', { name: /toevoegen/ })).toBeVisible()

  // A single meeting without a work group is the whole community's: its next meeting, and a tick in its lane.
  await glance(page, 'community').click()
  await expect(guidance).toContainText('Toevoegen aan de volgende bijeenkomst: wo 10 jun 2099 · Slotbijeenkomst')
  await expect(page.getByTestId('phase-timeline').locator('[data-lane="community"] .timeline-meeting')).toHaveCount(1)
})

test('reflection: the reminder after N meetings (single ones count for the community), a reflection clears it, the setting changes it and is undoable; overview too', async ({ app }) => {
  await app.start()
  await openExample(app)
  const path = await exampleCopyPath(app)
  const page = app.page
  const COMMUNITY = 'Leergemeenschap Heerlen STAND-BY!'

  // Overview: the community had three meetings since its reflection of 18 September 2019 — 23 October,
  // 27 November and the closing evaluation of 11 December (a single meeting). Each work group held one.
  const overview = page.getByTestId('overview-phases')
  const overviewReminders = overview.getByTestId('overview-reflection-reminders')
  await expect(overviewReminders.locator('li')).toHaveCount(1)
  await expect(overviewReminders.locator('[data-group="community"]')).toContainText(`${COMMUNITY}: 3 bijeenkomsten sinds de laatste reflectie.`)
  await expect(overview.locator('.ov-phases [data-group="wg-03"]')).toContainText('Autonome groep')

  await openPhases(app)
  const reminders = page.getByTestId('reflection-reminders')
  await expect(reminders.locator('li')).toHaveCount(1)
  await expect(glance(page, 'community')).toContainText('Tijd voor reflectie')
  await reminders.getByRole('button', { name: `Reflectie vastleggen voor ${COMMUNITY}` }).click()
  await expect(page.getByRole('tab', { name: 'Reflecties' })).toHaveAttribute('aria-selected', 'true')
  const dialog = page.getByTestId('reflection-dialog')
  await expect(dialog.getByLabel('Groep', { exact: true })).toHaveValue('community')
  // The community's meetings to choose from include the single kick-off and closing evaluation.
  const meetingSelect = dialog.getByLabel('Tijdens bijeenkomst')
  await expect(meetingSelect.locator('option', { hasText: 'Informatieve aftrap' })).toHaveCount(1)
  await expect(meetingSelect.locator('option', { hasText: 'Werkgroep preventie en vroegsignalering' })).toHaveCount(0)
  // 12 plenary meetings held (one cancelled, left out), the 2 single ones, and "no meeting".
  await expect(meetingSelect.locator('option')).toHaveCount(15)
  await dialog.getByLabel('Datum').fill('2019-12-11')
  await meetingSelect.selectOption({ label: 'wo 11 dec 2019 · Afrondende evaluatiebijeenkomst' })
  await dialog.getByLabel('Procedure').fill('De vaste opbouw van de bijeenkomsten gaf rust; de tijdbewaker werd gemist als die er niet was.')
  await dialog.getByLabel('Interactie').fill('Vrijwilligers en beroepskrachten vullen elkaar nu aan in plaats van te botsen.')
  await dialog.getByRole('button', { name: 'Afspraak toevoegen' }).click()
  await dialog.getByRole('textbox', { name: 'Afspraak 1' }).fill('De kartrekkers houden contact met de initiatieven na afloop.')
  await dialog.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(dialog).toBeHidden()
  await expect(reminders).toHaveCount(0)
  const reflection = page.getByTestId('reflection').first()
  await expect(reflection).toContainText(`11 december 2019 · ${COMMUNITY}`)
  await expect(reflection).toContainText('Bijeenkomst: wo 11 dec 2019 · Afrondende evaluatiebijeenkomst')
  await expect(reflection).toContainText('De kartrekkers houden contact met de initiatieven na afloop.')
  await app.screenshot('phases-reflections')

  // Undo brings the reminder back; redo clears it again.
  await page.keyboard.press('Control+z')
  await expect(reminders.locator('li')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(reminders).toHaveCount(0)

  // The setting N: after one meeting the two work groups that never reflected are due (work group 3 has
  // no meetings recorded and no observation since its reflection); undo puts N back to 3.
  const setting = page.getByLabel('Herinner me na')
  await setting.fill('1')
  await expect(reminders.locator('li')).toHaveCount(2)
  await expect(reminders.locator('[data-group="wg-01"]')).toContainText(`${ERKENNING}: nog nooit gereflecteerd, 1 bijeenkomst gehad.`)
  await expect(reminders.locator('[data-group="wg-02"]')).toContainText(`${PREVENTIE}: nog nooit gereflecteerd, 1 bijeenkomst gehad.`)
  await page.keyboard.press('Control+z')
  await expect(setting).toHaveValue('3')
  await expect(reminders).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(setting).toHaveValue('1')
  await expect(reminders.locator('li')).toHaveCount(2)
  await setting.fill('50')
  await expect(reminders).toHaveCount(0)
  await expectSaved(app)
  const gd = (await stored(path)).groupDevelopment
  expect(gd.reflectionReminderMeetings).toBe(50)
  expect(gd.reflections.find((r) => r.date === '2019-12-11')).toMatchObject({
    workGroupId: null,
    meetingId: 'mt-2019-12-11',
    levels: {
      content: '',
      procedure: 'De vaste opbouw van de bijeenkomsten gaf rust; de tijdbewaker werd gemist als die er niet was.',
      interaction: 'Vrijwilligers en beroepskrachten vullen elkaar nu aan in plaats van te botsen.',
      existence: '',
      context: '',
    },
    agreements: [expect.objectContaining({ text: 'De kartrekkers houden contact met de initiatieven na afloop.' })],
  })

  await reopen(app)
  await expect(app.page.getByTestId('overview-phases')).toContainText('Alle groepen hebben recent gereflecteerd.')
  await openPhases(app, 'Reflecties')
  await expect(app.page.getByTestId('reflection').first()).toContainText('Vrijwilligers en beroepskrachten vullen elkaar nu aan')
  await expect(app.page.getByLabel('Herinner me na')).toHaveValue('50')
})

test('guidance next to the agenda builder: the phase as observed before the meeting, a suggestion added to this meeting’s agenda', async ({ app }) => {
  await app.start()
  await openExample(app)
  const path = await exampleCopyPath(app)
  const page = app.page
  await goTo(app, 'Bijeenkomsten')
  await page.locator('[data-testid="meeting-row"][data-meeting-id="mt-wg2-2019-01-30"] button').click()
  await expect(page.getByTestId('meeting-detail')).toBeVisible()
  await page.getByRole('tablist', { name: 'Onderdelen van de bijeenkomst' }).getByRole('tab', { name: 'Agenda' }).click()

  const guidance = page.getByTestId('phase-guidance')
  await expect(guidance).toHaveAccessibleName(`Begeleiding voor ${PREVENTIE}`)
  // Observed on 23 January 2019 (orientation); the later phases do not count for this meeting.
  await expect(guidance).toHaveAttribute('data-phase', 'orientation')
  await expect(guidance).toContainText('Gastheer en structuurgever')
  await expect(guidance).toContainText('directief')
  await guidance.getByRole('button', { name: /^“Check-in: waar kom je vandaan, wat neem je mee\?” toevoegen aan de agenda van/ }).click()
  await expect(guidance.locator('[data-suggestion="or-checkin"]')).toContainText('Op de agenda')
  await expect(page.getByTestId('meeting-detail')).toContainText('Check-in: waar kom je vandaan, wat neem je mee?')
  await guidance.evaluate((el) => el.scrollIntoView({ block: 'nearest' }))
  await app.screenshot('phases-agenda-guidance')
  await expectSaved(app)
  const meeting = (await stored(path)).meetings.find((m) => m.id === 'mt-wg2-2019-01-30')!
  expect(meeting.agenda.at(-1)).toMatchObject({ title: 'Check-in: waar kom je vandaan, wat neem je mee?', kind: 'workForm', durationMinutes: 10 })
})
