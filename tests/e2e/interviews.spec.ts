/**
 * Gesprekken: the orientation interviews driven through the real UI, saved through the real
 * storage service, checked on disk (interviews, themes, board columns) and after a restart.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { BoardColumn, Interview, Theme } from '../../shared/model'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, openExample, readProjectJson } from './helpers'

interface StoredProject {
  participants: Array<{ id: string; name: string }>
  interviews: Interview[]
  themes: Theme[]
  boardColumns: BoardColumn[]
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })
const navBadge = (page: Page) => nav(page).getByRole('button', { name: /^Gesprekken/ }).locator('.badge')
const table = (page: Page) => page.getByTestId('interviews-table')
const rows = (page: Page) => table(page).locator('tbody tr')
const row = (page: Page, name: string) => rows(page).filter({ has: page.locator('.interview-name', { hasText: name }) })
const panel = (page: Page) => page.getByTestId('interview-panel')
const picker = (page: Page) => panel(page).getByTestId('theme-picker')
const themesView = (page: Page) => page.getByTestId('interview-themes')
const themeItem = (page: Page, title: string) =>
  themesView(page).locator('li.interview-theme').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
const viewSwitch = (page: Page, label: 'Per gesprek' | 'Per thema') => page.getByRole('radiogroup', { name: 'Weergave' }).getByRole('radio', { name: label })

async function openInterviews(app: WerkbankApp): Promise<void> {
  await goTo(app, 'Gesprekken')
  await expect(app.page.getByRole('heading', { level: 1, name: 'Gesprekken' })).toBeVisible()
}

async function savedProject(app: WerkbankApp, path: string): Promise<StoredProject> {
  await expectSaved(app)
  return (await readProjectJson(path)) as unknown as StoredProject
}

const candidateIds = (project: StoredProject) => project.boardColumns.find((c) => c.role === 'candidate')!.themeIds
const themeId = (project: StoredProject, title: string) => project.themes.find((t) => t.title === title)?.id

async function exampleCopyPath(app: WerkbankApp): Promise<string> {
  const folder = join(app.dataDir, 'Voorbeelden')
  const file = (await readdir(folder)).find((name) => name.endsWith('.werkbank.json'))
  if (!file) throw new Error('the example copy was not written')
  return join(folder, file)
}

test('a new community: record interviews with a participant and an outsider, link and create themes, edit, remove, undo, reopen', async ({ app }) => {
  await app.start()
  const page = app.page
  const path = await createCommunity(app, 'Leergemeenschap Wijkleren Kerkrade', 'Kerkrade.werkbank.json')

  // One participant to interview.
  await goTo(app, 'Deelnemers')
  await page.getByRole('button', { name: 'Eerste deelnemer toevoegen' }).click()
  const participantPanel = page.getByTestId('participant-panel')
  await participantPanel.getByLabel('Naam').fill('Ingrid Claessens')
  await participantPanel.getByLabel('Categorie').selectOption({ label: 'Professional' })
  await participantPanel.getByLabel('Discipline').fill('wijkverpleegkundige')
  await participantPanel.getByLabel('Organisatie').fill('Sociaal buurtteam Kerkrade-West')
  await participantPanel.getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(participantPanel).toHaveCount(0)

  // The empty state teaches and offers the first action.
  await openInterviews(app)
  await expect(page.getByTestId('empty-state').getByRole('heading')).toHaveText('Nog geen gesprekken.')
  await expect(page.getByTestId('empty-state')).toContainText(
    "Leg je eerste oriënterende gesprek vast: met wie, wanneer, en welke thema's het opleverde.",
  )
  await expect(page.getByTestId('interviews-summary')).toHaveText('Nog geen gesprekken vastgelegd')
  await expect(navBadge(page)).toHaveText('0')
  await app.screenshot('interviews-empty')

  // A participant: someone must be chosen; role and organisation come from the participant.
  await page.getByRole('button', { name: 'Eerste gesprek vastleggen' }).click()
  await expect(panel(page)).toBeVisible()
  await panel(page).getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(panel(page).getByText('Kies een deelnemer of beschrijf met wie je sprak.')).toBeVisible()
  await panel(page).getByLabel('Deelnemer', { exact: true }).selectOption({ label: 'Ingrid Claessens — wijkverpleegkundige' })
  await expect(panel(page).getByText('Kies een deelnemer of beschrijf met wie je sprak.')).toHaveCount(0)
  await expect(panel(page).getByLabel('Rol of functie')).toHaveValue('wijkverpleegkundige')
  await expect(panel(page).getByLabel('Organisatie')).toHaveValue('Sociaal buurtteam Kerkrade-West')
  await panel(page).getByLabel('Datum van het gesprek').fill('2026-09-14')
  await panel(page).getByLabel('Notities').fill('Ziet veel alleenwonende ouderen die pas na een val in beeld komen.')
  // Two new themes, one by Enter and one by the button; they are created when the interview is added.
  await expect(picker(page)).toContainText("Nog geen thema's. Typ een titel om het eerste te maken.")
  await picker(page).getByLabel('Zoek of maak een thema').fill('Eenzaamheid onder ouderen')
  await picker(page).getByLabel('Zoek of maak een thema').press('Enter')
  await picker(page).getByLabel('Zoek of maak een thema').fill('Mantelzorg')
  await picker(page).getByRole('button', { name: 'Nieuw thema “Mantelzorg”' }).click()
  await expect(picker(page)).toContainText("2 thema's gekozen")
  await expect(picker(page).locator('.theme-chip-new')).toHaveCount(2)
  await panel(page).getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(page.getByTestId('interviews-notice')).toContainText('Het gesprek met Ingrid Claessens is toegevoegd.')
  await expect(row(page, 'Ingrid Claessens')).toContainText('14 september 2026')
  await expect(row(page, 'Ingrid Claessens')).toContainText("2 thema's")
  await expect(row(page, 'Ingrid Claessens').getByRole('button', { name: 'Bewerken' })).toBeFocused()

  let onDisk = await savedProject(app, path)
  const ingridId = onDisk.participants.find((p) => p.name === 'Ingrid Claessens')!.id
  expect(onDisk.interviews).toHaveLength(1)
  expect(onDisk.interviews[0]).toMatchObject({
    participantId: ingridId, who: '', role: 'wijkverpleegkundige', organisation: 'Sociaal buurtteam Kerkrade-West', date: '2026-09-14',
  })
  const loneliness = themeId(onDisk, 'Eenzaamheid onder ouderen')!
  const mantelzorg = themeId(onDisk, 'Mantelzorg')!
  expect(onDisk.interviews[0]!.themeIds).toEqual([loneliness, mantelzorg])
  // New themes land in the Ingebracht column of the board.
  expect(candidateIds(onDisk)).toEqual([loneliness, mantelzorg])

  // Someone outside the group, by role; linked to an existing theme found by searching.
  await page.getByRole('button', { name: 'Gesprek toevoegen' }).click()
  await panel(page).getByRole('radio', { name: 'Iemand buiten de groep' }).check()
  await panel(page).getByLabel('Omschrijving').fill('wijkagent Kerkrade-West')
  await panel(page).getByLabel('Rol of functie').fill('wijkagent')
  await panel(page).getByLabel('Organisatie').fill('Politie Limburg, basisteam Parkstad')
  await panel(page).getByLabel('Datum van het gesprek').fill('2026-09-10')
  await picker(page).getByLabel('Zoek of maak een thema').fill('eenzaam')
  await picker(page).getByRole('checkbox', { name: 'Eenzaamheid onder ouderen' }).check()
  await expect(picker(page).getByRole('button', { name: /^Nieuw thema/ })).toBeVisible() // "eenzaam" itself is no theme yet
  await expect(picker(page)).toContainText('1 thema gekozen')
  await panel(page).getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(panel(page)).toHaveCount(0)
  // Earliest first.
  await expect(rows(page).locator('.interview-name')).toHaveText(['wijkagent Kerkrade-West', 'Ingrid Claessens'])
  await expect(row(page, 'wijkagent Kerkrade-West')).toContainText('wijkagent · buiten de groep')
  await expect(navBadge(page)).toHaveText('2')
  await expect(page.getByTestId('interviews-summary')).toHaveText("2 oriënterende gesprekken · 2 thema's")

  // Edit in place: notes, and a new theme created from the panel goes straight onto the board.
  await row(page, 'wijkagent Kerkrade-West').getByRole('button', { name: 'Bewerken' }).click()
  await expect(panel(page).getByRole('heading', { name: 'wijkagent Kerkrade-West' })).toBeVisible()
  await expect(panel(page).getByLabel('Omschrijving')).toHaveValue('wijkagent Kerkrade-West')
  await panel(page).getByLabel('Notities').fill('Meer meldingen van verward gedrag; weet niet of het buurtteam al betrokken is.')
  await picker(page).getByLabel('Zoek of maak een thema').fill('Verward gedrag in de wijk')
  await picker(page).getByLabel('Zoek of maak een thema').press('Enter')
  await expect(picker(page)).toContainText('Het thema “Verward gedrag in de wijk” staat nu in Ingebracht op het themabord.')
  await expect(picker(page).locator('.theme-chip')).toHaveText(['Eenzaamheid onder ouderen×', 'Verward gedrag in de wijk×'])
  await expect(nav(page).getByRole('button', { name: /^Thema's/ }).locator('.badge')).toHaveText('3')
  // Typing an existing title (other case) links it instead of creating a duplicate.
  await picker(page).getByLabel('Zoek of maak een thema').fill('mantelzorg')
  await expect(picker(page).getByRole('button', { name: /^Nieuw thema/ })).toHaveCount(0)
  await picker(page).getByLabel('Zoek of maak een thema').press('Enter')
  await expect(picker(page)).toContainText("3 thema's gekozen")
  await picker(page).getByRole('button', { name: 'Loskoppelen: Mantelzorg' }).click()
  await expect(picker(page)).toContainText("2 thema's gekozen")
  await panel(page).getByRole('button', { name: 'Klaar' }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(row(page, 'wijkagent Kerkrade-West')).toContainText("2 thema's")

  onDisk = await savedProject(app, path)
  const confused = themeId(onDisk, 'Verward gedrag in de wijk')!
  expect(onDisk.themes).toHaveLength(3)
  expect(candidateIds(onDisk)).toEqual([loneliness, mantelzorg, confused])
  const agent = onDisk.interviews.find((i) => i.who === 'wijkagent Kerkrade-West')!
  expect(agent).toMatchObject({ participantId: null, role: 'wijkagent', date: '2026-09-10', themeIds: [loneliness, confused] })
  expect(agent.notes).toContain('verward gedrag')

  // Per theme: how many interviews raised it, and which; a click opens the interview.
  await viewSwitch(page, 'Per thema').check()
  await expect(themesView(page).locator('.interview-theme-title')).toHaveText(['Eenzaamheid onder ouderen', 'Mantelzorg', 'Verward gedrag in de wijk'])
  await expect(themeItem(page, 'Eenzaamheid onder ouderen').getByTestId('raised-by')).toHaveText('uit 2 gesprekken')
  await expect(themeItem(page, 'Eenzaamheid onder ouderen').locator('.interview-link-name')).toHaveText(['wijkagent Kerkrade-West', 'Ingrid Claessens'])
  await expect(themeItem(page, 'Mantelzorg').getByTestId('raised-by')).toHaveText('uit 1 gesprek')
  await themeItem(page, 'Mantelzorg').getByRole('button', { name: /Ingrid Claessens/ }).click()
  await expect(panel(page).getByRole('heading', { name: 'Ingrid Claessens' })).toBeVisible()
  await expect(panel(page).getByLabel('Notities')).toHaveValue('Ziet veel alleenwonende ouderen die pas na een val in beeld komen.')
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)

  // Search.
  await viewSwitch(page, 'Per gesprek').check()
  await page.getByRole('search').getByLabel('Zoeken').fill('politie')
  await expect(rows(page)).toHaveCount(1)
  await expect(page.getByText('1 van 2 gesprekken')).toBeVisible()
  await page.getByRole('search').getByLabel('Zoeken').fill('mantelzorg') // a theme title
  await expect(rows(page).locator('.interview-name')).toHaveText(['Ingrid Claessens'])
  await page.getByRole('button', { name: 'Zoekopdracht wissen' }).click()
  await expect(rows(page)).toHaveCount(2)

  // Remove asks first; Ctrl+Z brings it back.
  await row(page, 'Ingrid Claessens').getByRole('button', { name: 'Verwijderen' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Gesprek verwijderen?' })
  await expect(confirm).toContainText('Het gesprek met Ingrid Claessens wordt verwijderd.')
  await confirm.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(rows(page)).toHaveCount(1)
  await expect(page.getByTestId('interviews-notice')).toContainText('Het gesprek met Ingrid Claessens is verwijderd.')
  onDisk = await savedProject(app, path)
  expect(onDisk.interviews).toHaveLength(1)
  expect(onDisk.themes).toHaveLength(3) // the themes stay on the board
  await page.keyboard.press('Control+z')
  await expect(rows(page)).toHaveCount(2)
  onDisk = await savedProject(app, path)
  expect(onDisk.interviews.map((i) => i.participantId)).toContain(ingridId)

  // After a restart, from the recent list: everything is still there.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Wijkleren Kerkrade/ }).click()
  await openInterviews(app)
  await expect(rows(app.page).locator('.interview-name')).toHaveText(['wijkagent Kerkrade-West', 'Ingrid Claessens'])
  await expect(row(app.page, 'Ingrid Claessens')).toContainText("2 thema's")
  await viewSwitch(app.page, 'Per thema').check()
  await expect(themeItem(app.page, 'Eenzaamheid onder ouderen').getByTestId('raised-by')).toHaveText('uit 2 gesprekken')
})

test('the Heerlen example: 22 interviews, their themes, and per theme which interviews raised it', async ({ app }) => {
  await app.start()
  await openExample(app)
  const example = (await readProjectJson(await exampleCopyPath(app))) as unknown as StoredProject
  const page = app.page
  await openInterviews(app)

  await expect(navBadge(page)).toHaveText(String(example.interviews.length))
  await expect(page.getByTestId('interviews-summary')).toHaveText("22 oriënterende gesprekken · 23 thema's")
  await expect(rows(page)).toHaveCount(22)
  await expect(rows(page).first()).toContainText('3 september 2018')
  await expect(row(page, 'wijkagent Heerlerheide')).toContainText('wijkagent · buiten de groep')
  await expect(row(page, 'wijkagent Heerlerheide')).toContainText("4 thema's")
  await expect(row(page, 'Ingrid Claessens')).toContainText('4 september 2018')
  await app.screenshot('interviews')

  await row(page, 'Ingrid Claessens').getByRole('button', { name: 'Bewerken' }).click()
  await expect(panel(page).getByLabel('Deelnemer', { exact: true })).toHaveValue('p-10')
  await expect(picker(page)).toContainText("4 thema's gekozen")
  await expect(picker(page).getByRole('checkbox', { name: 'Preventie en vroegsignalering' })).toBeChecked()
  // The panel scrolled to the themes this interview raised (the fields above are in view on opening).
  await panel(page).locator('.interview-panel-body').evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await app.screenshot('interviews-panel')
  await panel(page).getByRole('button', { name: 'Klaar' }).click()

  // Every theme with its interviews; the counts match the file.
  await viewSwitch(page, 'Per thema').check()
  await expect(themesView(page).locator('li.interview-theme')).toHaveCount(23)
  for (const title of ['Preventie en vroegsignalering', 'Erkenning en facilitering van burgerinitiatieven', 'Positieve gezondheid']) {
    const id = themeId(example, title)!
    const raisedBy = example.interviews.filter((i) => i.themeIds.includes(id)).length
    await expect(themeItem(page, title).getByTestId('raised-by')).toHaveText(raisedBy === 1 ? 'uit 1 gesprek' : `uit ${raisedBy} gesprekken`)
    await expect(themeItem(page, title).locator('.interview-link')).toHaveCount(raisedBy)
  }
  await expect(themeItem(page, 'Preventie en vroegsignalering')).toContainText('Gekozen')
  await expect(themeItem(page, 'Functioneren van de sociale buurtteams (SBT’s)')).toContainText('Ook uit: observatie SBT-overleg')
  await app.screenshot('interviews-themes')
  await page.getByRole('search').getByLabel('Zoeken').fill('eenzaam')
  await expect(themesView(page).locator('.interview-theme-title')).toHaveText(['Eenzaamheid onder ouderen'])
})
