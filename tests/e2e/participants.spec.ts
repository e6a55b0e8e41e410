/**
 * Deelnemers: the participants screen driven through the real UI, saved through the real
 * storage service, checked on disk and after a restart.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { format, parseISO } from 'date-fns'
import { nl } from 'date-fns/locale'
import { sortParticipants } from '../../shared/logic/participants'
import type { Participant } from '../../shared/model'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, openExample, readProjectJson } from './helpers'

type StoredParticipant = Participant & Record<string, unknown>

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })
const navBadge = (page: Page) => nav(page).getByRole('button', { name: /^Deelnemers/ }).locator('.badge')
const table = (page: Page) => page.getByTestId('participants-table')
const rows = (page: Page) => table(page).locator('tbody tr')
const row = (page: Page, name: string) => rows(page).filter({ has: page.locator('.participant-name', { hasText: name }) })
const nameCells = (page: Page) => table(page).locator('tbody .participant-name')
const names = (page: Page) => nameCells(page).allTextContents()
const panel = (page: Page) => page.getByTestId('participant-panel')
const search = (page: Page) => page.getByRole('search').getByLabel('Zoeken')
const statusFilter = (page: Page, label: 'Iedereen' | 'Actief' | 'Gestopt') =>
  page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: new RegExp(`^${label}`) })
const sortButton = (page: Page, label: string) => table(page).getByRole('columnheader', { name: label }).getByRole('button')

async function openParticipants(app: WerkbankApp): Promise<void> {
  await nav(app.page).getByRole('button', { name: /^Deelnemers/ }).click()
  await expect(app.page.getByRole('heading', { level: 1, name: 'Deelnemers' })).toBeVisible()
}

/** The example is opened as a copy in the app's data folder. */
async function exampleCopyPath(app: WerkbankApp): Promise<string> {
  const folder = join(app.dataDir, 'Voorbeelden')
  const file = (await readdir(folder)).find((name) => name.endsWith('.werkbank.json'))
  if (!file) throw new Error('the example copy was not written')
  return join(folder, file)
}

/** Today as the app sees it (the browser runs in Europe/Amsterdam), as YYYY-MM-DD. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
const dutchDate = (iso: string) => format(parseISO(iso), 'd MMMM yyyy', { locale: nl })

async function saveSettled(app: WerkbankApp): Promise<void> {
  await expectSaved(app)
  await expect(app.page.getByTestId('save-status')).toContainText('Opgeslagen')
}

test('a new community: empty state, adding people, editing, validation, undo, and it all persists', async ({ app }) => {
  await app.start()
  const page = app.page
  const path = await createCommunity(app, 'Leergemeenschap Wijkleren Kerkrade', 'Kerkrade.werkbank.json')
  await openParticipants(app)

  // Empty state teaches and offers the first action.
  await expect(page.getByTestId('empty-state')).toContainText('Nog geen deelnemers')
  await expect(page.getByTestId('empty-state')).toContainText('Voeg de eerste deelnemer toe')
  await expect(page.getByTestId('participants-summary')).toHaveText('Nog niemand toegevoegd')
  await expect(navBadge(page)).toHaveText('0')
  await app.screenshot('participants-empty')

  // The form opens beside the list with the name focused; a name is required.
  await page.getByRole('button', { name: 'Eerste deelnemer toevoegen' }).click()
  await expect(panel(page)).toBeVisible()
  await expect(panel(page).getByLabel('Naam')).toBeFocused()
  await expect(panel(page).getByLabel('Aangesloten op')).toHaveValue(await browserToday(page))
  await panel(page).getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(panel(page).getByText('Geef de deelnemer een naam.')).toBeVisible()
  await expect(panel(page).getByLabel('Naam')).toBeFocused()
  await expect(page.getByTestId('empty-state')).toBeVisible()

  // A resident, then "add and another": the form starts over for the next person.
  await panel(page).getByLabel('Naam').fill('Annie Kleijnen')
  await expect(panel(page).getByText('Geef de deelnemer een naam.')).toHaveCount(0)
  await panel(page).getByLabel('Rol of functie').fill('buurtbewoner')
  await panel(page).getByLabel('Aangesloten op').fill('2026-09-07')
  await panel(page).getByRole('button', { name: 'Toevoegen en nog een' }).click()
  await expect(page.getByTestId('participants-notice')).toContainText('Annie Kleijnen is toegevoegd.')
  await expect(panel(page).getByLabel('Naam')).toHaveValue('')
  await expect(panel(page).getByLabel('Naam')).toBeFocused()
  await expect(panel(page).getByText('Geef de deelnemer een naam.')).toHaveCount(0)
  await expect(panel(page).getByLabel('Aangesloten op')).toHaveValue('2026-09-07')
  await expect(rows(page)).toHaveCount(1)
  // Ctrl+Z in the new form undoes typing there, not the person just added.
  await panel(page).getByLabel('Naam').pressSequentially('Ingrid')
  await page.keyboard.press('Control+z')
  await expect(rows(page)).toHaveCount(1)
  await expect(panel(page)).toBeVisible()

  // A professional: the discipline field appears, with suggestions.
  await panel(page).getByLabel('Naam').fill('Ingrid Claessens')
  await panel(page).getByLabel('Categorie').selectOption({ label: 'Professional' })
  await expect(panel(page).getByLabel('Discipline')).toBeVisible()
  await expect(panel(page).locator('datalist option[value="wijkverpleegkundige"]')).toHaveCount(1)
  await panel(page).getByLabel('Discipline').fill('wijkverpleegkundige')
  await panel(page).getByLabel('Organisatie').fill('Sociaal buurtteam Heerlerheide')
  await panel(page).getByLabel('E-mail').fill('ingrid.claessens@voorbeeld.nl')
  await panel(page).getByLabel('Telefoon').fill('06-12345010')
  await panel(page).getByRole('button', { name: 'Toevoegen en nog een' }).click()
  await expect(rows(page)).toHaveCount(2)

  // A teacher-researcher with "Toevoegen": the panel closes and focus lands on the new row.
  await expect(panel(page).getByLabel('Categorie')).toHaveValue('professional')
  await panel(page).getByLabel('Naam').fill('Maud Vossen')
  await panel(page).getByLabel('Categorie').selectOption({ label: 'Docent-onderzoeker' })
  await panel(page).getByLabel('Organisatie').fill('Zuyd Hogeschool, lectoraat Sociale Integratie')
  await panel(page).getByLabel('Notities').fill('Procesbegeleider en technisch voorzitter.')
  await panel(page).getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(row(page, 'Maud Vossen').getByRole('button', { name: 'Bewerken' })).toBeFocused()

  await expect(nameCells(page)).toHaveText(['Annie Kleijnen', 'Ingrid Claessens', 'Maud Vossen'])
  await expect(row(page, 'Ingrid Claessens')).toContainText('Professional')
  await expect(row(page, 'Ingrid Claessens')).toContainText('wijkverpleegkundige')
  await expect(row(page, 'Maud Vossen')).toContainText('Docent-onderzoeker')
  await expect(row(page, 'Annie Kleijnen')).toContainText('7 september 2026')
  await expect(navBadge(page)).toHaveText('3')
  await expect(page.getByTestId('participants-summary')).toHaveText('3 deelnemers: 3 actief, 0 gestopt')

  // Edit: change the organisation by typing; the row follows as you type.
  const editButton = row(page, 'Ingrid Claessens').getByRole('button', { name: 'Bewerken' })
  await editButton.click()
  await expect(panel(page)).toHaveAccessibleName('Deelnemer bewerken Ingrid Claessens')
  const organisation = panel(page).getByLabel('Organisatie')
  await organisation.fill('')
  await organisation.pressSequentially('Heerlen STAND-BY!')
  await expect(row(page, 'Ingrid Claessens')).toContainText('Heerlen STAND-BY!')
  // One burst of typing in a field is one undo step: Ctrl+Z brings back the old value, not half a word.
  await page.keyboard.press('Control+z')
  await expect(organisation).toHaveValue('Sociaal buurtteam Heerlerheide')
  await expect(row(page, 'Ingrid Claessens')).toContainText('Sociaal buurtteam Heerlerheide')
  await page.keyboard.press('Control+Shift+z')
  await expect(organisation).toHaveValue('Heerlen STAND-BY!')

  // The name is required while editing too: the message shows and the stored name stays.
  await panel(page).getByLabel('Naam').fill('')
  await expect(panel(page).getByText('Geef de deelnemer een naam.')).toBeVisible()
  await expect(panel(page).getByText('Zolang de naam leeg is, blijft “Ingrid Claessens” bewaard.')).toBeVisible()
  await expect(row(page, 'Ingrid Claessens')).toHaveCount(1)
  await panel(page).getByLabel('Naam').fill('Ingrid Claessens-Dohmen')
  await expect(row(page, 'Ingrid Claessens-Dohmen')).toHaveCount(1)

  // Escape closes the panel and focus returns to the row's button.
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
  await expect(row(page, 'Ingrid Claessens-Dohmen').getByRole('button', { name: 'Bewerken' })).toBeFocused()

  // On disk, through the real service.
  await saveSettled(app)
  const onDisk = await readProjectJson(path)
  const stored = onDisk.participants as StoredParticipant[]
  expect(stored).toHaveLength(3)
  expect(stored.find((p) => p.name === 'Ingrid Claessens-Dohmen')).toMatchObject({
    category: 'professional',
    discipline: 'wijkverpleegkundige',
    organisation: 'Heerlen STAND-BY!',
    email: 'ingrid.claessens@voorbeeld.nl',
    phone: '06-12345010',
    active: true,
    leftOn: null,
  })
  expect(stored.find((p) => p.name === 'Annie Kleijnen')).toMatchObject({ category: 'resident', discipline: 'buurtbewoner', joinedOn: '2026-09-07' })
  expect(stored.find((p) => p.name === 'Maud Vossen')).toMatchObject({ category: 'teacherResearcher', notes: 'Procesbegeleider en technisch voorzitter.' })
  expect(new Set(stored.map((p) => p.id)).size).toBe(3)

  // And after a restart.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Wijkleren Kerkrade/ }).click()
  await openParticipants(app)
  await expect(nameCells(app.page)).toHaveText(['Annie Kleijnen', 'Ingrid Claessens-Dohmen', 'Maud Vossen'])
  await expect(row(app.page, 'Ingrid Claessens-Dohmen')).toContainText('Heerlen STAND-BY!')
  await expect(navBadge(app.page)).toHaveText('3')
})

test('the example: search without accents, filters, no results, and sorting', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  const example = (await readProjectJson(await exampleCopyPath(app))).participants as StoredParticipant[]
  const active = example.filter((p) => p.active).length
  await openParticipants(app)

  await expect(rows(page)).toHaveCount(example.length)
  await expect(page.getByTestId('participants-summary')).toHaveText(
    `${example.length} deelnemers: ${active} actief, ${example.length - active} gestopt`,
  )
  await expect(navBadge(page)).toHaveText(String(active))
  // Everyone shows by default; stopped people are marked, with the day they left.
  await expect(statusFilter(page, 'Iedereen')).toBeChecked()
  await expect(row(page, 'Thea Lemmens')).toContainText('Gestopt')
  await expect(row(page, 'Thea Lemmens')).toContainText('gestopt op 15 mei 2019')
  await expect(row(page, 'Thea Lemmens')).toHaveClass(/is-inactive/)
  await expect(row(page, 'Ingrid Claessens')).toContainText('5 september 2018')
  await app.screenshot('participants-list')

  // Default order: by name, A–Z, the Dutch way.
  const byName = sortParticipants(example, { key: 'name', direction: 'asc' }).map((p) => p.name)
  await expect(table(page).getByRole('columnheader', { name: 'Naam' })).toHaveAttribute('aria-sort', 'ascending')
  await expect(nameCells(page)).toHaveText(byName)
  await sortButton(page, 'Naam').click()
  await expect(table(page).getByRole('columnheader', { name: 'Naam' })).toHaveAttribute('aria-sort', 'descending')
  await expect(nameCells(page)).toHaveText(sortParticipants(example, { key: 'name', direction: 'desc' }).map((p) => p.name))
  await sortButton(page, 'Aangesloten').click()
  await expect(table(page).getByRole('columnheader', { name: 'Aangesloten' })).toHaveAttribute('aria-sort', 'ascending')
  await expect(table(page).getByRole('columnheader', { name: 'Naam' })).not.toHaveAttribute('aria-sort', /./)
  await expect(nameCells(page)).toHaveText(sortParticipants(example, { key: 'joinedOn', direction: 'asc' }).map((p) => p.name))
  await sortButton(page, 'Organisatie').click()
  await sortButton(page, 'Organisatie').click()
  await expect(nameCells(page)).toHaveText(sortParticipants(example, { key: 'organisation', direction: 'desc' }).map((p) => p.name))
  await sortButton(page, 'Naam').click()
  await expect(nameCells(page)).toHaveText(byName)

  // Search: without accents, and in discipline, organisation and notes.
  await search(page).fill('ozturk')
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page)).toContainText('Fatma Öztürk')
  await expect(page.getByText(`1 van ${example.length} getoond`)).toBeVisible()
  await search(page).fill('MÜLLER')
  await expect(nameCells(page)).toHaveText(['Hans Müller'])
  await search(page).fill('muller')
  await expect(nameCells(page)).toHaveText(['Hans Müller'])
  await search(page).fill('wijkverpleegkundige')
  await expect(nameCells(page)).toHaveText(['Ingrid Claessens'])
  await search(page).fill('mantelzorg')
  await expect(nameCells(page)).toHaveText(['Thea Lemmens'])
  await search(page).fill('alcander opbouw')
  await expect(nameCells(page)).toHaveText(['Bart Notermans', 'Kevin Ramakers'])

  // Category filter, combined with the status filter.
  await search(page).fill('')
  await page.getByRole('search').getByLabel('Categorie').selectOption('student')
  const students = example.filter((p) => p.category === 'student')
  await expect(rows(page)).toHaveCount(students.length)
  for (const text of await rows(page).locator('td.col-category > span:first-child').allTextContents()) expect(text).toBe('Student')
  await statusFilter(page, 'Gestopt').check()
  await expect(nameCells(page)).toHaveText(sortParticipants(students.filter((p) => !p.active), { key: 'name', direction: 'asc' }).map((p) => p.name))
  await statusFilter(page, 'Actief').check()
  await expect(nameCells(page)).toHaveText(sortParticipants(students.filter((p) => p.active), { key: 'name', direction: 'asc' }).map((p) => p.name))

  // Nobody matches: say so, and offer to clear the filters.
  await search(page).fill('Bemelmans')
  await expect(page.getByTestId('participants-no-results')).toContainText('Geen deelnemers gevonden')
  await expect(table(page)).toHaveCount(0)
  await app.screenshot('participants-no-results')
  await page.getByTestId('participants-no-results').getByRole('button', { name: 'Filters wissen' }).click()
  await expect(rows(page)).toHaveCount(example.length)
  await expect(search(page)).toHaveValue('')
  await expect(statusFilter(page, 'Iedereen')).toBeChecked()
  await expect(page.getByRole('search').getByLabel('Categorie')).toHaveValue('all')
})

test('the edit panel on the example', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  await openParticipants(app)
  await row(page, 'Bart Notermans').getByRole('button', { name: 'Bewerken' }).click()
  await expect(panel(page)).toHaveAccessibleName('Deelnemer bewerken Bart Notermans')
  await expect(panel(page).getByLabel('Naam')).toBeFocused()
  await expect(panel(page).getByLabel('Naam')).toHaveValue('Bart Notermans')
  await expect(panel(page).getByLabel('Discipline')).toHaveValue('opbouwwerker')
  await expect(panel(page).getByLabel('Organisatie')).toHaveValue('Alcander')
  await expect(panel(page).getByLabel('Aangesloten op')).toHaveValue('2018-09-05')
  await expect(panel(page).getByLabel('Aangesloten op')).toHaveAccessibleDescription('5 september 2018')
  await expect(panel(page).getByLabel('Notities')).toHaveValue(/studenten ergotherapie/)
  await expect(row(page, 'Bart Notermans')).toHaveClass(/is-selected/)
  await app.screenshot('participants-edit')

  // A stopped person: the panel shows the stop date, and refuses one before joining.
  await row(page, 'Linda Wetzels').getByRole('button', { name: 'Bewerken' }).click()
  await expect(panel(page).getByLabel('Gestopt op')).toHaveValue('2019-03-01')
  await panel(page).getByLabel('Gestopt op').fill('2018-01-01')
  await expect(panel(page).getByText('De stopdatum ligt vóór de datum van aansluiten.')).toBeVisible()
  await expect(row(page, 'Linda Wetzels')).toContainText('gestopt op 1 maart 2019')
  await app.screenshot('participants-edit-error')
  await panel(page).getByLabel('Gestopt op').fill('2019-04-01')
  await expect(panel(page).getByText('De stopdatum ligt vóór de datum van aansluiten.')).toHaveCount(0)
  await expect(row(page, 'Linda Wetzels')).toContainText('gestopt op 1 april 2019')
  await panel(page).getByRole('button', { name: 'Klaar' }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(row(page, 'Linda Wetzels').getByRole('button', { name: 'Bewerken' })).toBeFocused()
})

test('stopping, reactivating and removing: undoable, and saved through the real service', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  const path = await exampleCopyPath(app)
  const example = (await readProjectJson(path)).participants as StoredParticipant[]
  const active = example.filter((p) => p.active).length
  await openParticipants(app)
  const today = await browserToday(page)

  // Stop: the person stays, marked, with today as the day they left.
  await row(page, 'Sjef Houben').getByRole('button', { name: 'Stoppen' }).click()
  await expect(row(page, 'Sjef Houben').locator('.badge')).toHaveText('Gestopt')
  await expect(row(page, 'Sjef Houben')).toContainText(`gestopt op ${dutchDate(today)}`)
  await expect(row(page, 'Sjef Houben').getByRole('button', { name: 'Weer actief' })).toBeFocused()
  await expect(page.getByTestId('participants-notice')).toContainText('Sjef Houben is gestopt.')
  await expect(navBadge(page)).toHaveText(String(active - 1))

  // Still findable: under Gestopt and Iedereen, not under Actief.
  await statusFilter(page, 'Actief').check()
  await expect(row(page, 'Sjef Houben')).toHaveCount(0)
  await statusFilter(page, 'Gestopt').check()
  await expect(row(page, 'Sjef Houben')).toHaveCount(1)
  await statusFilter(page, 'Iedereen').check()
  await expect(row(page, 'Sjef Houben')).toHaveCount(1)

  // Reactivate someone who had stopped.
  await row(page, 'Lotte Janssen').getByRole('button', { name: 'Weer actief' }).click()
  await expect(row(page, 'Lotte Janssen').locator('.badge')).toHaveCount(0)
  await expect(row(page, 'Lotte Janssen')).not.toContainText('gestopt op')
  await expect(navBadge(page)).toHaveText(String(active))

  // Under "Actief", stopping someone takes their row away; focus moves to the next row.
  await statusFilter(page, 'Actief').check()
  await expect(rows(page)).toHaveCount(active)
  const activeNames = await names(page)
  const noor = activeNames.indexOf('Noor Smeets')
  await row(page, 'Noor Smeets').getByRole('button', { name: 'Stoppen' }).click()
  await expect(row(page, 'Noor Smeets')).toHaveCount(0)
  await expect(row(page, activeNames[noor + 1]!).getByRole('button', { name: 'Bewerken' })).toBeFocused()
  // The notice offers undo.
  await page.getByTestId('participants-notice').getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(row(page, 'Noor Smeets')).toHaveCount(1)
  await statusFilter(page, 'Iedereen').check()

  // Remove: asks first; cancel keeps the person and returns focus.
  const removeKevin = row(page, 'Kevin Ramakers').getByRole('button', { name: 'Verwijderen' })
  await removeKevin.click()
  const confirm = page.getByRole('alertdialog', { name: 'Deelnemer verwijderen?' })
  await expect(confirm).toContainText('Weet je zeker dat je Kevin Ramakers wilt verwijderen?')
  await expect(confirm).toContainText('kies dan ‘Stoppen’')
  await expect(confirm).toContainText('Ctrl+Z')
  await confirm.getByRole('button', { name: 'Annuleren' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(row(page, 'Kevin Ramakers')).toHaveCount(1)
  await expect(removeKevin).toBeFocused()

  // Confirm removes; Ctrl+Z brings the person back with everything they had.
  await removeKevin.click()
  await confirm.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(row(page, 'Kevin Ramakers')).toHaveCount(0)
  await expect(rows(page)).toHaveCount(example.length - 1)
  await expect(page.getByTestId('participants-notice')).toContainText('Kevin Ramakers is verwijderd.')
  await app.screenshot('participants-removed')
  await page.keyboard.press('Control+z')
  await expect(row(page, 'Kevin Ramakers')).toHaveCount(1)
  await expect(row(page, 'Kevin Ramakers')).toContainText('opbouwwerker')
  await expect(page.getByTestId('participants-notice')).not.toContainText('verwijderd')

  // Remove from the edit panel: the panel closes with the person.
  await row(page, 'Hans Müller').getByRole('button', { name: 'Bewerken' }).click()
  await panel(page).getByRole('button', { name: 'Deelnemer verwijderen…' }).click()
  await confirm.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(row(page, 'Hans Müller')).toHaveCount(0)
  await expect(rows(page)).toHaveCount(example.length - 1)

  // On disk, through the real service.
  await saveSettled(app)
  const stored = (await readProjectJson(path)).participants as StoredParticipant[]
  expect(stored).toHaveLength(example.length - 1)
  expect(stored.find((p) => p.name === 'Sjef Houben')).toMatchObject({ active: false, leftOn: today })
  expect(stored.find((p) => p.name === 'Lotte Janssen')).toMatchObject({ active: true, leftOn: null })
  expect(stored.find((p) => p.name === 'Noor Smeets')).toMatchObject({ active: true, leftOn: null })
  expect(stored.find((p) => p.name === 'Kevin Ramakers')).toMatchObject({ discipline: 'opbouwwerker', organisation: 'Alcander' })
  expect(stored.find((p) => p.name === 'Hans Müller')).toBeUndefined()

  // And after a restart.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openParticipants(app)
  await expect(rows(app.page)).toHaveCount(example.length - 1)
  await expect(row(app.page, 'Sjef Houben').locator('.badge')).toHaveText('Gestopt')
  await expect(row(app.page, 'Lotte Janssen').locator('.badge')).toHaveCount(0)
  await expect(row(app.page, 'Hans Müller')).toHaveCount(0)
  await statusFilter(app.page, 'Gestopt').check()
  await expect(row(app.page, 'Sjef Houben')).toHaveCount(1)
  await expect(navBadge(app.page)).toHaveText(String(active - 1))
})

test('a project with 1,400 participants can be shown, searched, sorted and edited', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  const project = await readProjectJson(await exampleCopyPath(app))
  const base = project.participants as StoredParticipant[]
  project.participants = Array.from({ length: 50 }, (_, copy) =>
    base.map((p) => ({ ...p, id: `${p.id}-${copy}`, name: copy === 0 ? p.name : `${p.name} ${copy}` })),
  ).flat()
  const path = join(app.docsDir, 'Benchmark.werkbank.json')
  await writeFile(path, JSON.stringify(project, null, 2))
  await page.getByRole('button', { name: 'Project' }).click()
  await page.getByRole('button', { name: 'Project sluiten' }).click()
  app.dialogs.openAnswers.push(path)
  await page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')

  // The table renders a page of rows at a time; scrolling down brings the next page.
  await openParticipants(app)
  await expect(page.getByTestId('participants-summary')).toHaveText('1.400 deelnemers: 1.200 actief, 200 gestopt')
  await expect(rows(page)).toHaveCount(150)
  await page.getByRole('button', { name: 'Toon meer (nog 1.250)' }).scrollIntoViewIfNeeded()
  await expect(rows(page)).toHaveCount(300)

  // Search and filters always cover everyone.
  await search(page).fill('ozturk')
  await expect(rows(page)).toHaveCount(50)
  await expect(page.getByText('50 van 1.400 getoond')).toBeVisible()

  await search(page).fill('')
  await statusFilter(page, 'Gestopt').check()
  await expect(rows(page)).toHaveCount(150)
  await sortButton(page, 'Organisatie').click()
  await expect(table(page).getByRole('columnheader', { name: 'Organisatie' })).toHaveAttribute('aria-sort', 'ascending')

  // Typing in the panel next to a long list (150 rows rendered, 1,400 re-sorted per change).
  await statusFilter(page, 'Iedereen').check()
  await expect(rows(page)).toHaveCount(150)
  const first = rows(page).first()
  const name = (await first.locator('.participant-name').textContent()) ?? ''
  await first.getByRole('button', { name: 'Bewerken' }).click()
  const notes = panel(page).getByLabel('Notities')
  await notes.click()
  await notes.press('Control+End')
  await notes.pressSequentially(' Ook in de klankbordgroep.', { delay: 0 })
  await expect(notes).toHaveValue(/Ook in de klankbordgroep\.$/)
  await saveSettled(app)
  const stored = (await readProjectJson(path)).participants as StoredParticipant[]
  expect(stored).toHaveLength(1400)
  expect(stored.find((p) => p.name === name)?.notes).toMatch(/Ook in de klankbordgroep\.$/)
})
