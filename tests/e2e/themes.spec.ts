/**
 * Thema's: the theme board driven through the real UI (mouse drags, the keyboard sensor, the
 * side panel), saved through the real storage service, checked on disk and after a restart.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { type BoardColumn, type Interview, serializeProject, type Theme } from '../../shared/model'
import { generateBoardProject } from '../../scripts/generate-board'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, openExample, readProjectJson } from './helpers'

interface StoredBoard {
  themes: Theme[]
  boardColumns: BoardColumn[]
  interviews: Interview[]
  prioritisation: { scores: Array<{ themeId: string }>; dotVotes: Array<{ themeId: string }> }
  workGroups: Array<{ themeId: string }>
}

const readBoard = async (path: string) => (await readProjectJson(path)) as unknown as StoredBoard

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })
const board = (page: Page) => page.getByTestId('theme-board')
const column = (page: Page, title: string) => board(page).getByRole('region', { name: title, exact: true })
const titlesIn = (page: Page, title: string) => column(page, title).locator('.theme-card-title')
const card = (page: Page, title: string) =>
  board(page).locator('[data-theme-id]').filter({ has: page.locator('.theme-card-title').getByText(title, { exact: true }) })
const panel = (page: Page) => page.getByTestId('theme-panel')
const notice = (page: Page) => page.getByTestId('themes-notice')
const columnMenu = (page: Page, title: string) => page.getByRole('button', { name: `Kolomacties voor ${title}`, exact: true })
const searchBox = (page: Page) => page.getByRole('search').getByLabel('Zoeken')

async function openThemes(app: WerkbankApp): Promise<void> {
  await goTo(app, "Thema's")
  await expect(app.page.getByRole('heading', { level: 1, name: "Thema's" })).toBeVisible()
}

async function exampleCopyPath(app: WerkbankApp): Promise<string> {
  const folder = join(app.dataDir, 'Voorbeelden')
  const file = (await readdir(folder)).find((name) => name.endsWith('.werkbank.json'))
  if (!file) throw new Error('the example copy was not written')
  return join(folder, file)
}

/** The titles of a stored column, in order. */
const storedTitles = (project: StoredBoard, role: string) => {
  const byId = new Map(project.themes.map((t) => [t.id, t.title]))
  return project.boardColumns.find((c) => c.role === role)!.themeIds.map((id) => byId.get(id))
}

async function box(locator: Locator) {
  const rect = await locator.boundingBox()
  if (!rect) throw new Error('not visible')
  return rect
}
/** The middle of a card: dropping here merges. */
async function middleOf(locator: Locator) {
  const rect = await box(locator)
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
}
/** Just inside the top edge of a card: dropping here inserts before it. */
async function topEdgeOf(locator: Locator) {
  const rect = await box(locator)
  return { x: rect.x + rect.width / 2, y: rect.y + 4 }
}

/** Press on a card, move in steps (dnd-kit's 6 px activation distance), and go to `to`. */
async function pickUpAndMove(page: Page, from: Locator, to: { x: number; y: number } | Locator, where = middleOf) {
  await from.scrollIntoViewIfNeeded()
  const start = await middleOf(from)
  if ('boundingBox' in to) to = await where(to)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 12, start.y + 12, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 10 })
}
async function dragTo(page: Page, from: Locator, to: Locator, where = middleOf) {
  await pickUpAndMove(page, from, to, where)
  await page.mouse.up()
  await expect(board(page)).not.toHaveAttribute('data-dragging')
}

/** Space picks up, arrows move (each step checked by the drop indicator), Space puts down. */
async function keyboardPickUp(page: Page, target: Locator) {
  await target.focus()
  await page.keyboard.press('Space')
  await expect(board(page)).toHaveAttribute('data-dragging', 'none')
  // dnd-kit's keyboard sensor starts listening for the arrow keys in a timeout after pick-up;
  // a timeout queued now runs after it, so the next key press is never lost.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

async function addTheme(page: Page, title: string, question = '', another = true) {
  const form = panel(page)
  await form.getByLabel('Titel').fill(title)
  if (question) await form.getByLabel('Leervraag', { exact: true }).fill(question)
  await form.getByRole('button', { name: another ? 'Toevoegen en nog een' : 'Toevoegen', exact: true }).click()
}

test('a new community: empty state, adding themes with learning questions, the panel, columns, and it all persists', async ({ app }) => {
  await app.start()
  const page = app.page
  const path = await createCommunity(app, 'Leergemeenschap Wijkleren Kerkrade', 'Kerkrade.werkbank.json')
  await openThemes(app)

  // The empty state teaches and offers the first action.
  await expect(page.getByTestId('empty-state')).toContainText("Nog geen thema's")
  await expect(page.getByTestId('empty-state')).toContainText("Voeg het eerste thema toe, of haal thema's uit je gesprekken.")
  await expect(page.getByTestId('empty-state').getByRole('button', { name: 'Naar de gesprekken' })).toBeVisible()
  await app.screenshot('themes-empty')

  // A title is required.
  await page.getByRole('button', { name: 'Eerste thema toevoegen' }).click()
  await expect(panel(page).getByLabel('Titel')).toBeFocused()
  await panel(page).getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(panel(page).getByText('Geef het thema een titel.')).toBeVisible()
  await expect(panel(page).getByLabel('Titel')).toBeFocused()
  await expect(page.getByTestId('empty-state')).toBeVisible()

  // Three themes, the last with "Toevoegen": the panel closes and focus lands on the new card.
  await addTheme(page, 'Eenzaamheid onder ouderen', 'Hoe bereiken we ouderen die niemand meer zien?')
  await expect(notice(page)).toContainText('‘Eenzaamheid onder ouderen’ is toegevoegd aan ‘Ingebracht’.')
  await expect(panel(page).getByLabel('Titel')).toHaveValue('')
  await expect(panel(page).getByLabel('Titel')).toBeFocused()
  await addTheme(page, 'Schuldhulp dichtbij', 'Hoe signaleren we schulden eerder?')
  await addTheme(page, 'Ontmoeting in de wijk', '', false)
  await expect(panel(page)).toHaveCount(0)
  await expect(card(page, 'Ontmoeting in de wijk')).toBeFocused()
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(['Eenzaamheid onder ouderen', 'Schuldhulp dichtbij', 'Ontmoeting in de wijk'])
  await expect(card(page, 'Eenzaamheid onder ouderen')).toContainText('1 leervraag')
  await expect(card(page, 'Ontmoeting in de wijk')).toContainText('Geen leervraag')
  await expect(titlesIn(page, 'Gekozen')).toHaveCount(0)
  await expect(nav(page).getByRole('button', { name: /^Thema's/ }).locator('.badge')).toHaveText('3')

  // The panel: a second and third learning question, a description, sources.
  await page.keyboard.press('Enter')
  await expect(panel(page)).toHaveAccessibleName('Thema Ontmoeting in de wijk')
  await panel(page).getByRole('button', { name: 'Leervraag toevoegen' }).click()
  await expect(panel(page).getByLabel('Leervraag 1', { exact: true })).toBeFocused()
  await page.keyboard.type('Waar ontmoeten bewoners elkaar nu?')
  await panel(page).getByRole('button', { name: 'Leervraag toevoegen' }).click()
  await page.keyboard.type('Wie organiseert de koffieochtend?')
  await expect(card(page, 'Ontmoeting in de wijk')).toContainText('2 leervragen')
  await panel(page).getByLabel('Beschrijving').fill('Plekken en momenten waar buren elkaar treffen.')
  await panel(page).getByLabel('Nieuwe bron').fill('observatie buurtcentrum, 12 september')
  await page.keyboard.press('Enter')
  await panel(page).getByLabel('Nieuwe bron').fill('wijkschouw')
  await panel(page).getByRole('button', { name: 'Bron toevoegen' }).click()
  await expect(card(page, 'Ontmoeting in de wijk')).toContainText('2 bronnen')
  await panel(page).getByRole('button', { name: 'Bron ‘wijkschouw’ verwijderen' }).click()
  await expect(card(page, 'Ontmoeting in de wijk')).toContainText('1 bron')
  await panel(page).getByRole('button', { name: 'Leervraag 1 verwijderen' }).click()
  await expect(panel(page).getByLabel('Leervraag 1', { exact: true })).toHaveValue('Wie organiseert de koffieochtend?')
  // Undo brings the removed question back; one burst of typing is one step.
  await page.keyboard.press('Control+z')
  await expect(panel(page).getByLabel('Leervraag 1', { exact: true })).toHaveValue('Waar ontmoeten bewoners elkaar nu?')
  await expect(panel(page).getByTestId('theme-interviews')).toContainText('Nog in geen enkel gesprek genoemd')
  // An empty title is not stored: the old one stays, and says so.
  await panel(page).getByLabel('Titel').fill('')
  await expect(panel(page).getByText('Geef het thema een titel.')).toBeVisible()
  await expect(card(page, 'Ontmoeting in de wijk')).toHaveCount(1)
  await panel(page).getByLabel('Titel').fill('Ontmoeting en verbinding in de wijk')
  await expect(card(page, 'Ontmoeting en verbinding in de wijk')).toHaveCount(1)
  // Escape closes the panel; focus returns to the card.
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
  await expect(card(page, 'Ontmoeting en verbinding in de wijk')).toBeFocused()

  // Columns: add one (named in place), rename Gekozen, reorder, remove one with a card.
  await page.getByRole('button', { name: 'Kolom toevoegen' }).click()
  const nameField = board(page).getByLabel('Naam van de kolom')
  await expect(nameField).toBeFocused()
  await expect(nameField).toHaveValue('Nieuwe kolom')
  await nameField.fill('Later bespreken')
  await nameField.press('Enter')
  await expect(column(page, 'Later bespreken')).toBeVisible()
  await expect(columnMenu(page, 'Later bespreken')).toBeFocused()
  const columnTitles = () => board(page).locator('.board-column-heading h2')
  await expect(columnTitles()).toHaveText(['Ingebracht', 'Gekozen', 'Geparkeerd', 'Later bespreken'])

  await columnMenu(page, 'Gekozen').click()
  await page.getByRole('button', { name: 'Naam wijzigen' }).click()
  await nameField.fill('Gekozen thema\'s')
  await nameField.press('Enter')
  await expect(columnTitles()).toHaveText(['Ingebracht', "Gekozen thema's", 'Geparkeerd', 'Later bespreken'])

  // Keyboard all the way: open the menu with Enter, move left twice.
  await columnMenu(page, 'Later bespreken').focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Naar links' }).click()
  await expect(columnTitles()).toHaveText(['Ingebracht', "Gekozen thema's", 'Later bespreken', 'Geparkeerd'])
  await expect(columnMenu(page, 'Later bespreken')).toBeFocused()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Naar links' }).click()
  await expect(columnTitles()).toHaveText(['Ingebracht', 'Later bespreken', "Gekozen thema's", 'Geparkeerd'])
  await columnMenu(page, 'Geparkeerd').click()
  await expect(page.getByRole('button', { name: 'Naar rechts' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Naar links' }).click()
  await expect(columnTitles()).toHaveText(['Ingebracht', 'Later bespreken', 'Geparkeerd', "Gekozen thema's"])

  // Candidate and chosen columns cannot be removed, and the menu says why.
  await columnMenu(page, 'Ingebracht').click()
  await expect(page.getByRole('button', { name: 'Kolom verwijderen' })).toHaveCount(0)
  await expect(board(page).getByText('Deze kolom blijft: nieuwe thema\'s komen hier binnen.')).toBeVisible()
  await page.keyboard.press('Escape')
  await columnMenu(page, "Gekozen thema's").click()
  await expect(page.getByRole('button', { name: 'Kolom verwijderen' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  // A theme into "Later bespreken" through the panel (the keyboard way without dragging).
  await card(page, 'Schuldhulp dichtbij').click()
  await panel(page).getByLabel('Verplaats naar kolom…').selectOption({ label: 'Later bespreken' })
  await expect(titlesIn(page, 'Later bespreken')).toHaveText(['Schuldhulp dichtbij'])
  await expect(notice(page)).toContainText('‘Schuldhulp dichtbij’ staat nu in ‘Later bespreken’.')
  await panel(page).getByRole('button', { name: 'Klaar' }).click()

  // Removing a column with a card asks first; its card goes back to Ingebracht; undo restores.
  await columnMenu(page, 'Later bespreken').click()
  await page.getByRole('button', { name: 'Kolom verwijderen' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Kolom verwijderen?' })
  await expect(confirm).toContainText('In ‘Later bespreken’ staat 1 thema. Dat gaat terug naar ‘Ingebracht’.')
  await confirm.getByRole('button', { name: 'Annuleren' }).click()
  await expect(column(page, 'Later bespreken')).toBeVisible()
  await columnMenu(page, 'Later bespreken').click()
  await page.getByRole('button', { name: 'Kolom verwijderen' }).click()
  await confirm.getByRole('button', { name: 'Kolom verwijderen' }).click()
  await expect(column(page, 'Later bespreken')).toHaveCount(0)
  await expect(notice(page)).toContainText('Kolom ‘Later bespreken’ is verwijderd; 1 thema staat nu in ‘Ingebracht’.')
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(['Eenzaamheid onder ouderen', 'Ontmoeting en verbinding in de wijk', 'Schuldhulp dichtbij'])
  await notice(page).getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(titlesIn(page, 'Later bespreken')).toHaveText(['Schuldhulp dichtbij'])
  await expect(columnTitles()).toHaveText(['Ingebracht', 'Later bespreken', 'Geparkeerd', "Gekozen thema's"])
  // An empty column goes without asking (and can be undone with Ctrl+Z).
  await columnMenu(page, 'Geparkeerd').click()
  await page.getByRole('button', { name: 'Kolom verwijderen' }).click()
  await expect(notice(page)).toContainText('Kolom ‘Geparkeerd’ is verwijderd.')
  await expect(columnTitles()).toHaveText(['Ingebracht', 'Later bespreken', "Gekozen thema's"])

  // On disk, through the real service.
  await expectSaved(app)
  const stored = await readBoard(path)
  expect(stored.themes.map((t) => t.title)).toEqual(['Eenzaamheid onder ouderen', 'Schuldhulp dichtbij', 'Ontmoeting en verbinding in de wijk'])
  const meeting = stored.themes.find((t) => t.title === 'Ontmoeting en verbinding in de wijk')!
  expect(meeting.learningQuestions.map((q) => q.text)).toEqual(['Waar ontmoeten bewoners elkaar nu?', 'Wie organiseert de koffieochtend?'])
  expect(meeting.description).toBe('Plekken en momenten waar buren elkaar treffen.')
  expect(meeting.sources).toEqual(['observatie buurtcentrum, 12 september'])
  expect(stored.boardColumns.map((c) => [c.title, c.role])).toEqual([
    ['Ingebracht', 'candidate'],
    ['Later bespreken', 'custom'],
    ["Gekozen thema's", 'chosen'],
  ])
  expect(storedTitles(stored, 'candidate')).toEqual(['Eenzaamheid onder ouderen', 'Ontmoeting en verbinding in de wijk'])
  expect(storedTitles(stored, 'custom')).toEqual(['Schuldhulp dichtbij'])

  // And after a restart, from the recent list.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Wijkleren Kerkrade/ }).click()
  await openThemes(app)
  await expect(board(app.page).locator('.board-column-heading h2')).toHaveText(['Ingebracht', 'Later bespreken', "Gekozen thema's"])
  await expect(titlesIn(app.page, 'Ingebracht')).toHaveText(['Eenzaamheid onder ouderen', 'Ontmoeting en verbinding in de wijk'])
  await expect(titlesIn(app.page, 'Later bespreken')).toHaveText(['Schuldhulp dichtbij'])
  await expect(card(app.page, 'Ontmoeting en verbinding in de wijk')).toContainText('2 leervragen')
})

test('cards show their place and weighted total once scored; a parked theme has none', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  await openThemes(app)
  const chip = (title: string) => card(page, title).getByTestId('score-chip')
  // The example's ranking (Prioriteren): 4.10, 4.05, 3.90, 3.45 for the first four.
  await expect(chip('Erkenning en facilitering van burgerinitiatieven')).toHaveText(/^Rangorde: 1e, gewogen totaal 4,10\s*1e · 4,10$/)
  await expect(chip('Functioneren van de sociale buurtteams (SBT’s)')).toContainText('2e · 4,05')
  const fourth = 'Vroegsignalering in de wijk'
  await expect(chip(fourth)).toContainText('4e · 3,45')
  await expect(column(page, 'Geparkeerd').getByTestId('score-chip')).toHaveCount(0)

  // Parked themes are not prioritised: moving one there takes its chip away, and the places behind it move up.
  const fifthBefore = await column(page, 'Ingebracht').getByTestId('score-chip').filter({ hasText: /Rangorde: 5e,/ }).count()
  expect(fifthBefore).toBe(1)
  await dragTo(page, card(page, fourth), column(page, 'Geparkeerd').locator('.board-column-end'), topEdgeOf)
  await expect(titlesIn(page, 'Geparkeerd')).toContainText([fourth])
  await expect(chip(fourth)).toHaveCount(0)
  await expect(column(page, 'Ingebracht').getByTestId('score-chip').filter({ hasText: /Rangorde: 4e,/ })).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(chip(fourth)).toContainText('4e · 3,45')
})

test('the example board: mouse drags within and between columns, merging by dropping onto a card, undo, and it persists', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  const path = await exampleCopyPath(app)
  const example = await readBoard(path)
  const candidates = storedTitles(example, 'candidate') as string[]
  const chosen = storedTitles(example, 'chosen') as string[]
  const parked = storedTitles(example, 'parked') as string[]
  await openThemes(app)
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(candidates)
  await expect(titlesIn(page, 'Gekozen')).toHaveText(chosen)
  await expect(titlesIn(page, 'Geparkeerd')).toHaveText(parked)
  await expect(page.getByTestId('themes-summary')).toHaveText(`${example.themes.length} thema's in 3 kolommen`)
  await app.screenshot('themes-board')

  // Within a column: the first card to just above the fourth.
  const [first, second, third, fourth] = candidates as [string, string, string, string]
  await dragTo(page, card(page, first), card(page, fourth), topEdgeOf)
  const afterWithin = [second, third, first, fourth, ...candidates.slice(4)]
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(afterWithin)
  // A plain move is one undo step, and can be redone.
  await page.keyboard.press('Control+z')
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(candidates)
  await page.keyboard.press('Control+Shift+z')
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(afterWithin)

  // Between columns, mid-drag: a line marks the insertion point, the overlay hangs beside the pointer.
  const [chosenFirst, chosenSecond] = chosen as [string, string]
  await pickUpAndMove(page, card(page, second), card(page, chosenSecond), topEdgeOf)
  await expect(card(page, chosenSecond)).toHaveAttribute('data-drop-before', 'true')
  await expect(column(page, 'Gekozen')).toHaveAttribute('data-drop-target', 'true')
  await expect(card(page, second)).toHaveClass(/is-drag-source/)
  await expect(page.locator('.theme-card.is-overlay')).toContainText(second)
  await app.screenshot('themes-dragging')
  await page.mouse.up()
  const chosenAfter = [chosenFirst, second, ...chosen.slice(1)]
  await expect(titlesIn(page, 'Gekozen')).toHaveText(chosenAfter)
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(afterWithin.filter((t) => t !== second))

  // To the end of a column: the empty space below its last card.
  await dragTo(page, card(page, third), column(page, 'Geparkeerd').locator('.board-column-end'))
  await expect(titlesIn(page, 'Geparkeerd')).toHaveText([...parked, third])

  // Dropping onto the middle of a card merges: the target lights up first.
  const source = 'Vroegsignalering in de wijk'
  const target = 'Preventie en vroegsignalering'
  const sourceTheme = example.themes.find((t) => t.title === source)!
  const targetTheme = example.themes.find((t) => t.title === target)!
  // The source gets two sources first: a new one, and the target's own in other capitals (not doubled).
  const pharmacy = 'signaal van de apotheek, 12 november 2018'
  expect(targetTheme.sources).toEqual(['eerste bijeenkomst van de leergemeenschap, 3 oktober 2018'])
  await card(page, source).click()
  for (const text of [pharmacy, 'Eerste bijeenkomst van de leergemeenschap, 3 oktober 2018']) {
    await panel(page).getByLabel('Nieuwe bron').fill(text)
    await panel(page).getByLabel('Nieuwe bron').press('Enter')
  }
  await expect(card(page, source)).toContainText('2 bronnen')
  await panel(page).getByRole('button', { name: 'Klaar' }).click()
  const sourceInterviews = example.interviews.filter((i) => i.themeIds.includes(sourceTheme.id)).map((i) => i.id)
  const targetInterviews = example.interviews.filter((i) => i.themeIds.includes(targetTheme.id)).map((i) => i.id)
  const together = new Set([...sourceInterviews, ...targetInterviews]).size
  await pickUpAndMove(page, card(page, source), card(page, target))
  await expect(card(page, target)).toHaveClass(/is-merge-target/)
  await expect(card(page, target)).toContainText('Samenvoegen met dit thema')
  await expect(board(page).locator('[data-drop-before]')).toHaveCount(0)
  await expect(page.locator('.theme-card.is-overlay')).toContainText('Loslaten om samen te voegen')
  await page.mouse.up()
  await expect(notice(page)).toContainText(`‘${source}’ is samengevoegd met ‘${target}’.`)
  await expect(card(page, source)).toHaveCount(0)
  await expect(card(page, target)).toContainText(`${together} gesprekken`)
  await expectSaved(app)
  const merged = await readBoard(path)
  expect(merged.themes.find((t) => t.id === sourceTheme.id)).toBeUndefined()
  const mergedTarget = merged.themes.find((t) => t.id === targetTheme.id)!
  const questionTexts = new Set(targetTheme.learningQuestions.map((q) => q.text.trim().toLowerCase()))
  const expectedQuestions = [
    ...targetTheme.learningQuestions.map((q) => q.text),
    ...sourceTheme.learningQuestions.filter((q) => !questionTexts.has(q.text.trim().toLowerCase())).map((q) => q.text),
  ]
  expect(mergedTarget.learningQuestions.map((q) => q.text)).toEqual(expectedQuestions)
  expect(mergedTarget.sources).toEqual([...targetTheme.sources, pharmacy])
  expect(mergedTarget.description).toBe(`${targetTheme.description}\n\n${sourceTheme.description}`)
  await expect(card(page, target)).toContainText('2 bronnen')
  expect(merged.interviews.filter((i) => i.themeIds.includes(targetTheme.id)).length).toBe(together)
  expect(merged.interviews.some((i) => i.themeIds.includes(sourceTheme.id))).toBe(false)
  expect(merged.prioritisation.scores.some((s) => s.themeId === sourceTheme.id)).toBe(false)
  expect(merged.boardColumns.flatMap((c) => c.themeIds)).not.toContain(sourceTheme.id)
  // The panel of the merged theme lists the interviews of both.
  await card(page, target).click()
  await expect(panel(page).getByTestId('theme-interviews')).toContainText(`${together} gesprekken`)
  await panel(page).getByRole('button', { name: 'Sluiten' }).click()

  // One Ctrl+Z restores both themes, in their places, with their own interviews.
  await page.keyboard.press('Control+z')
  await expect(card(page, source)).toHaveCount(1)
  await expect(card(page, target)).toContainText(`${targetInterviews.length} gesprekken`)
  await expect(card(page, source)).toContainText(`${sourceInterviews.length} gesprek`)
  await expect(notice(page)).toBeEmpty()
  await expectSaved(app)
  const restored = await readBoard(path)
  expect(restored.themes.map((t) => t.id)).toEqual(example.themes.map((t) => t.id))
  expect(restored.interviews).toEqual(example.interviews)
  expect(restored.prioritisation.scores).toEqual(example.prioritisation.scores)

  // Merge again and keep it; then reopen: order and merge survive.
  await pickUpAndMove(page, card(page, source), card(page, target))
  await expect(card(page, target)).toHaveClass(/is-merge-target/)
  await page.mouse.up()
  await expect(card(page, source)).toHaveCount(0)
  const finalCandidates = afterWithin.filter((t) => t !== second && t !== third && t !== source)
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(finalCandidates)
  await expectSaved(app)
  const onDisk = await readBoard(path)
  expect(storedTitles(onDisk, 'candidate')).toEqual(finalCandidates)
  expect(storedTitles(onDisk, 'parked')).toEqual([...parked, third])
  expect(storedTitles(onDisk, 'chosen')).toEqual(chosenAfter)

  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openThemes(app)
  await expect(titlesIn(app.page, 'Ingebracht')).toHaveText(finalCandidates)
  await expect(titlesIn(app.page, 'Geparkeerd')).toHaveText([...parked, third])
  await expect(titlesIn(app.page, 'Gekozen')).toHaveText(chosenAfter)
  await expect(card(app.page, source)).toHaveCount(0)
  await expect(card(app.page, target)).toContainText(`${together} gesprekken`)
})

test('the keyboard: pick up with Space, move with the arrows, put down, cancel; merging from the panel', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  const path = await exampleCopyPath(app)
  const example = await readBoard(path)
  const candidates = storedTitles(example, 'candidate') as string[]
  const chosen = storedTitles(example, 'chosen') as string[]
  await openThemes(app)
  const [a, b, c] = candidates as [string, string, string]

  // Within a column: Space, ArrowDown twice (the line moves along), Space. Focus stays on the card.
  await keyboardPickUp(page, card(page, a))
  await expect(page.getByText(`Je hebt ‘${a}’ opgepakt, in ‘Ingebracht’, op plek 1 van ${candidates.length}.`)).toBeAttached()
  await page.keyboard.press('ArrowDown')
  await expect(card(page, c)).toHaveAttribute('data-drop-before', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(card(page, candidates[3]!)).toHaveAttribute('data-drop-before', 'true')
  await expect(page.getByText(`‘${a}’ komt in ‘Ingebracht’ op plek 3 van ${candidates.length}.`)).toBeAttached()
  await page.keyboard.press('Space')
  await expect(titlesIn(page, 'Ingebracht')).toHaveText([b, c, a, ...candidates.slice(3)])
  await expect(card(page, a)).toBeFocused()
  await expect(page.getByText(`‘${a}’ staat nu in ‘Ingebracht’ op plek 3 van ${candidates.length}.`)).toBeAttached()
  // A plain keyboard move is one undo step, and can be redone.
  await page.keyboard.press('Control+z')
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(candidates)
  await page.keyboard.press('Control+Shift+z')
  await expect(titlesIn(page, 'Ingebracht')).toHaveText([b, c, a, ...candidates.slice(3)])

  // Between columns: ArrowRight goes to the next column, ArrowDown along it; Enter also puts down.
  await keyboardPickUp(page, card(page, b))
  await page.keyboard.press('ArrowRight')
  await expect(column(page, 'Gekozen')).toHaveAttribute('data-drop-target', 'true')
  await expect(card(page, chosen[0]!)).toHaveAttribute('data-drop-before', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(card(page, chosen[1]!)).toHaveAttribute('data-drop-before', 'true')
  await expect(page.getByText(`‘${b}’ komt in ‘Gekozen’ op plek 2 van ${chosen.length + 1}.`)).toBeAttached()
  await page.keyboard.press('Enter')
  const expectedChosen = [chosen[0]!, b, ...chosen.slice(1)]
  await expect(titlesIn(page, 'Gekozen')).toHaveText(expectedChosen)
  await expect(titlesIn(page, 'Ingebracht')).toHaveText([c, a, ...candidates.slice(3)])
  await expect(card(page, b)).toBeFocused()
  await expect(panel(page)).toHaveCount(0)

  // Escape cancels: nothing moves, the card keeps focus, and an open panel stays open.
  await card(page, candidates[5]!).click()
  await expect(panel(page)).toBeVisible()
  await keyboardPickUp(page, card(page, c))
  await page.keyboard.press('ArrowRight')
  await expect(column(page, 'Gekozen')).toHaveAttribute('data-drop-target', 'true')
  await page.keyboard.press('Escape')
  await expect(board(page)).not.toHaveAttribute('data-dragging')
  await expect(page.getByText(`Verplaatsen geannuleerd. ‘${c}’ staat weer in ‘Ingebracht’ op plek 1.`)).toBeAttached()
  await expect(titlesIn(page, 'Ingebracht')).toHaveText([c, a, ...candidates.slice(3)])
  await expect(card(page, c)).toBeFocused()
  await expect(panel(page)).toHaveAccessibleName(`Thema ${candidates[5]}`)

  // Enter opens the card; the panel offers the move and the merge without dragging.
  await page.keyboard.press('Enter')
  await expect(panel(page)).toHaveAccessibleName(`Thema ${c}`)
  const source = 'Vroegsignalering in de wijk'
  const target = 'Preventie en vroegsignalering'
  await page.keyboard.press('Escape')
  await card(page, source).focus()
  await page.keyboard.press('Enter')
  const mergeSelect = panel(page).getByLabel('Samenvoegen met…')
  await mergeSelect.selectOption({ label: target })
  await panel(page).getByRole('button', { name: 'Samenvoegen', exact: true }).click()
  await expect(notice(page)).toContainText(`‘${source}’ is samengevoegd met ‘${target}’.`)
  await expect(panel(page)).toHaveAccessibleName(`Thema ${target}`)
  await expect(card(page, source)).toHaveCount(0)
  await notice(page).getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(card(page, source)).toHaveCount(1)

  await expectSaved(app)
  const onDisk = await readBoard(path)
  expect(storedTitles(onDisk, 'candidate')).toEqual([c, a, ...candidates.slice(3)])
  expect(storedTitles(onDisk, 'chosen')).toEqual(expectedChosen)
  expect(onDisk.themes.length).toBe(example.themes.length)
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openThemes(app)
  await expect(titlesIn(app.page, 'Gekozen')).toHaveText(expectedChosen)
  await expect(titlesIn(app.page, 'Ingebracht')).toHaveText([c, a, ...candidates.slice(3)])
})

test('search and filters; dragging is off while filtering; the panel beside the board', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  const example = await readBoard(await exampleCopyPath(app))
  const total = example.themes.length
  await openThemes(app)
  await expect(page.getByText(`Alle ${total} thema's.`)).toBeVisible()

  // Search: title, description and learning questions, without accents or case.
  await searchBox(page).fill('COOPERATIE')
  const matching = example.themes.filter((t) =>
    [t.title, t.description, ...t.learningQuestions.map((q) => q.text)].some((text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().includes('cooperatie')),
  )
  await expect(board(page).locator('[data-theme-id]')).toHaveCount(matching.length)
  await expect(page.getByText(`${matching.length} van ${total} thema's getoond.`)).toBeVisible()
  await expect(page.getByTestId('drag-off')).toHaveText('Slepen staat uit zolang je zoekt of filtert. Verplaatsen kan wel via het paneel van een thema.')
  // Dragging is off: pressing and moving does nothing; Space does not pick up.
  const firstShown = board(page).locator('[data-theme-id]').first()
  await firstShown.focus()
  await page.keyboard.press('Space')
  await expect(board(page)).not.toHaveAttribute('data-dragging')

  // "Zonder leervraag" and "Uit gesprekken", combined with the column filter.
  await searchBox(page).fill('')
  const interviewed = new Set(example.interviews.flatMap((i) => i.themeIds))
  await page.getByRole('search').getByLabel('Toon').selectOption({ label: 'Uit gesprekken' })
  await expect(board(page).locator('[data-theme-id]')).toHaveCount(example.themes.filter((t) => interviewed.has(t.id)).length)
  await page.getByRole('search').getByLabel('Kolom').selectOption({ label: 'Gekozen' })
  const chosenIds = example.boardColumns.find((col) => col.role === 'chosen')!.themeIds
  await expect(board(page).locator('[data-theme-id]')).toHaveCount(chosenIds.filter((id) => interviewed.has(id)).length)
  await expect(column(page, 'Ingebracht').getByTestId('column-count')).toHaveText(/^0 van \d+$/)
  await page.getByRole('search').getByLabel('Toon').selectOption({ label: 'Zonder leervraag' })
  // The chosen themes all have learning questions: nothing shows, and the screen says so.
  expect(example.themes.filter((t) => chosenIds.includes(t.id) && t.learningQuestions.length === 0)).toEqual([])
  await expect(page.getByTestId('themes-no-results')).toContainText("Geen thema's gevonden")
  await page.getByTestId('themes-no-results').getByRole('button', { name: 'Filter wissen' }).click()
  await expect(board(page).locator('[data-theme-id]')).toHaveCount(total)
  await expect(page.getByTestId('drag-off')).toHaveCount(0)

  // A theme without a learning question shows on the filter (and the card says so).
  await searchBox(page).fill('regeldruk')
  await card(page, 'Regeldruk en administratieve lasten').click()
  for (let n = example.themes.find((t) => t.title === 'Regeldruk en administratieve lasten')!.learningQuestions.length; n > 0; n--) {
    await panel(page).getByRole('button', { name: 'Leervraag 1 verwijderen' }).click()
  }
  await expect(card(page, 'Regeldruk en administratieve lasten')).toContainText('Geen leervraag')
  await searchBox(page).fill('')
  await page.getByRole('search').getByLabel('Toon').selectOption({ label: 'Zonder leervraag' })
  const alreadyWithout = example.themes.filter((t) => t.learningQuestions.length === 0).length
  await expect(board(page).locator('[data-theme-id]')).toHaveCount(alreadyWithout + 1)
  await expect(card(page, 'Regeldruk en administratieve lasten')).toBeVisible()
  await page.getByRole('search').getByLabel('Toon').selectOption({ label: "Alle thema's" })

  // The panel of a theme from the interviews, beside the board.
  await card(page, 'Preventie en vroegsignalering').click()
  await expect(panel(page).getByTestId('theme-interviews')).toContainText('gesprekken')
  await app.screenshot('themes-panel')

  // English is a full second language.
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible()
  await expect(card(page, 'Preventie en vroegsignalering')).toContainText('3 learning questions')
  await expect(panel(page).getByRole('button', { name: 'Add learning question' })).toBeVisible()
  await expect(page.getByRole('search').getByLabel('Search')).toBeVisible()
  await expect(column(page, 'Ingebracht').getByTestId('column-count')).toHaveText(String(storedTitles(example, 'candidate').length))
})

test('a hand-edited file with a broken board opens repaired, and the first change writes the repair', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Wijkleren Kerkrade', 'Kerkrade.werkbank.json')
  await expectSaved(app)
  await app.reopen()
  // Someone edited the file by hand: no candidate or chosen column, two parked ones, a theme twice,
  // an id without a theme, and two themes in no column at all.
  const project = await readProjectJson(path)
  const theme = (id: string, title: string) => ({ id, title, description: '', learningQuestions: [{ id: `${id}-q`, text: `Leervraag bij ${title}` }], sources: [] })
  project.themes = [theme('t-a', 'Mantelzorg'), theme('t-b', 'Schuldhulp'), theme('t-c', 'Jongerenwerk'), theme('t-d', 'Taal')]
  project.boardColumns = [
    { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: ['t-c', 'spook', 't-c'] },
    { id: 'col-later', title: 'Later', role: 'parked', themeIds: ['t-d'] },
  ]
  await writeFile(path, JSON.stringify(project, null, 2))

  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Wijkleren Kerkrade/ }).click()
  const page = app.page
  await openThemes(app)
  await expect(board(page).locator('.board-column-heading h2')).toHaveText(['Ingebracht', 'Gekozen', 'Geparkeerd', 'Later'])
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(['Mantelzorg', 'Schuldhulp'])
  await expect(titlesIn(page, 'Geparkeerd')).toHaveText(['Jongerenwerk'])
  await expect(titlesIn(page, 'Later')).toHaveText(['Taal'])
  // "Later" is an ordinary column now: it can be removed.
  await columnMenu(page, 'Later').click()
  await expect(page.getByRole('button', { name: 'Kolom verwijderen' })).toBeVisible()
  await page.keyboard.press('Escape')

  // The first board change writes the repaired board.
  await keyboardPickUp(page, card(page, 'Mantelzorg'))
  await page.keyboard.press('ArrowDown')
  await expect(column(page, 'Ingebracht').locator('.board-column-end')).toHaveAttribute('data-drop', 'true')
  await page.keyboard.press('Space')
  await expect(titlesIn(page, 'Ingebracht')).toHaveText(['Schuldhulp', 'Mantelzorg'])
  await expectSaved(app)
  const repaired = await readBoard(path)
  expect(repaired.boardColumns.map((c) => [c.title, c.role, c.themeIds])).toEqual([
    ['Ingebracht', 'candidate', ['t-b', 't-a']],
    ['Gekozen', 'chosen', []],
    ['Geparkeerd', 'parked', ['t-c']],
    ['Later', 'custom', ['t-d']],
  ])
})


test('a long column: by keyboard past the first page of cards, to the end and back up, checked on disk', async ({ app }) => {
  await app.start()
  const page = app.page
  // 60 generated themes: 53 in Ingebracht, of which the board first renders 24.
  const project = generateBoardProject(60, 4)
  const path = join(app.docsDir, 'Lang bord.werkbank.json')
  await writeFile(path, serializeProject(project))
  app.dialogs.openAnswers.push(path)
  await page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(page.getByTestId('project-name')).toHaveText(project.community.name)
  await openThemes(app)
  const titleOf = new Map(project.themes.map((t) => [t.id, t.title]))
  const ids = project.boardColumns.find((c) => c.role === 'candidate')!.themeIds
  const total = ids.length
  expect(total).toBe(53)
  const candidateCards = column(page, 'Ingebracht').locator('[data-theme-id]')
  await expect(candidateCards).toHaveCount(24)
  const byId = (id: string) => board(page).locator(`[data-theme-id="${id}"]`)

  // The third card, 27 places down: each step renders what it needs, the line follows, the column scrolls.
  const moved = ids[2]!
  await keyboardPickUp(page, byId(moved))
  for (let step = 1; step <= 27; step++) {
    await page.keyboard.press('ArrowDown')
    await expect(byId(ids[2 + step + 1]!)).toHaveAttribute('data-drop-before', 'true')
  }
  await expect(byId(ids[30]!)).toBeInViewport()
  await expect(page.getByText(`‘${titleOf.get(moved)}’ komt in ‘Ingebracht’ op plek 30 van ${total}.`)).toBeAttached()
  await page.keyboard.press('Space')
  const afterFirst = [...ids.slice(0, 2), ...ids.slice(3, 30), moved, ...ids.slice(30)]
  await expect(byId(moved)).toBeFocused()
  await expect(candidateCards.nth(29)).toHaveAttribute('data-theme-id', moved)

  // The first card: End goes to the end of the column, below the cards not shown yet; Up steps back
  // to just before the last card (rendering it first), Down to the end again.
  const last = ids[0]!
  await keyboardPickUp(page, byId(last))
  await page.keyboard.press('End')
  const end = column(page, 'Ingebracht').locator('.board-column-end')
  await expect(end).toHaveAttribute('data-drop', 'true')
  await expect(end).toHaveText('Onderaan de kolom neerzetten')
  await app.screenshot('themes-long-column-end')
  await expect(page.getByText(`‘${titleOf.get(last)}’ komt in ‘Ingebracht’ op plek ${total} van ${total}.`)).toBeAttached()
  await page.keyboard.press('ArrowUp')
  await expect(byId(afterFirst.at(-1)!)).toHaveAttribute('data-drop-before', 'true')
  await expect(page.getByText(`‘${titleOf.get(last)}’ komt in ‘Ingebracht’ op plek ${total - 1} van ${total}.`)).toBeAttached()
  await page.keyboard.press('ArrowDown')
  await expect(end).toHaveAttribute('data-drop', 'true')
  await page.keyboard.press('Space')
  await expect(byId(last)).toBeFocused()
  await expect(byId(last)).toBeInViewport()
  const afterSecond = [...afterFirst.slice(1), last]
  await expect(candidateCards).toHaveCount(total)
  await expect(candidateCards.last()).toHaveAttribute('data-theme-id', last)

  // On disk, and after a restart.
  await expectSaved(app)
  const onDisk = await readBoard(path)
  expect(onDisk.boardColumns.find((c) => c.role === 'candidate')!.themeIds).toEqual(afterSecond)
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: new RegExp(`^${project.community.name}`) }).click()
  await openThemes(app)
  await expect(column(app.page, 'Ingebracht').locator('[data-theme-id]').nth(0)).toHaveAttribute('data-theme-id', afterSecond[0]!)
  // Scrolling down the column brings the next page (its 'Toon meer' presses itself when it comes into view).
  await expect(column(app.page, 'Ingebracht').getByRole('button', { name: `Toon meer (nog ${total - 24})` })).toBeAttached()
  await column(app.page, 'Ingebracht').locator('.board-column-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }))
  await expect(column(app.page, 'Ingebracht').locator('[data-theme-id]').nth(28)).toHaveAttribute('data-theme-id', moved)
})
