/**
 * Werkgroepen: chosen themes become work groups; participants are dragged (mouse and keyboard)
 * or picked into groups, with their affinity in view; one kartrekker per group; flags; the
 * "more than one group" setting. Driven through the real UI, saved through the real storage
 * service, checked on disk and after a restart.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { buildHeerlenExample } from '../../shared/examples/heerlen'
import { fixturePath } from '../fixtures/paths'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, openExample, readProjectJson } from './helpers'

// ---------------------------------------------------------------------------------------------
// Test data: the Heerlen fixture with the three chosen themes, a few candidates and affinities.

const ERKENNING = 'Erkenning en facilitering van burgerinitiatieven'
const SBT = 'Functioneren van de sociale buurtteams (SBT’s)'
const PREVENTIE = 'Preventie en vroegsignalering'

interface StoredGroup {
  id: string
  themeId: string
  name: string
  memberIds: string[]
  leadId: string | null
}
type Project = Record<string, unknown> & {
  participants: Array<{ id: string; name: string; active: boolean } & Record<string, unknown>>
  themes: Array<Record<string, unknown>>
  boardColumns: Array<Record<string, unknown>>
  prioritisation: Record<string, unknown>
  settings: { allowMultipleWorkGroups: boolean }
  workGroups: StoredGroup[]
}

const theme = (id: string, title: string, question: string) => ({
  id,
  title,
  description: '',
  learningQuestions: [{ id: `${id}-q1`, text: question }],
  sources: [],
})

/** Affinity 1–5 per participant for [erkenning, sbt, preventie]. */
const AFFINITY: Record<string, [number, number, number]> = {
  'p-04': [5, 2, 3], // Annie Kleijnen
  'p-05': [4, 1, 2], // Sjef Houben
  'p-06': [3, 2, 5], // Fatma Öztürk
  'p-10': [2, 4, 5], // Ingrid Claessens
  'p-11': [1, 5, 3], // Mohamed El Amrani
  'p-13': [2, 4, 4], // Roy Crombach
}

async function boardProject(change?: (project: Project) => void): Promise<Project> {
  const project = JSON.parse(await readFile(fixturePath('heerlen.werkbank.json'), 'utf8')) as Project
  project.interviews = []
  project.themes = [
    theme('t-erkenning', ERKENNING, 'Hoe kunnen burgerinitiatieven beter erkend en gefaciliteerd worden?'),
    theme('t-sbt', SBT, 'Hoe werk je als professional goed samen in de coöperatie?'),
    theme('t-preventie', PREVENTIE, 'Hoe kunnen sociale buurtteams preventie en vroegsignalering invullen?'),
    theme('t-informeel', 'Samenwerking tussen formele en informele zorg', 'Hoe betrek je de informele zorg meer?'),
    theme('t-eenzaam', 'Eenzaamheid onder ouderen', 'Hoe bereik je ouderen die alleen zijn?'),
  ]
  project.boardColumns = [
    { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['t-informeel', 't-eenzaam'] },
    { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ['t-erkenning', 't-sbt', 't-preventie'] },
    { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: [] },
  ]
  const themeIds = ['t-erkenning', 't-sbt', 't-preventie']
  project.prioritisation = {
    method: 'scores',
    weights: { urgency: 1, feasibility: 1, changeability: 1, affinity: 1 },
    scores: Object.entries(AFFINITY).flatMap(([participantId, values]) =>
      values.map((affinity, i) => ({ themeId: themeIds[i], participantId, urgency: 4, feasibility: 3, changeability: 3, affinity })),
    ),
    dotsPerParticipant: 3,
    dotVotes: [],
  }
  project.workGroups = []
  project.settings = { allowMultipleWorkGroups: false }
  change?.(project)
  return project
}

/** Write the project into the test's documents folder and open it through the start screen. */
async function openProject(app: WerkbankApp, project: Project, fileName = 'Werkgroepen.werkbank.json'): Promise<string> {
  const path = join(app.docsDir, fileName)
  await writeFile(path, JSON.stringify(project, null, 2))
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
  return path
}

// ---------------------------------------------------------------------------------------------
// Locators and gestures

const screen = (page: Page) => page.getByTestId('work-groups-screen')
const pool = (page: Page) => page.getByTestId('wg-pool')
const poolChip = (page: Page, name: string) =>
  pool(page).locator('[data-drag-id^="pool:"]').filter({ has: page.locator('.wg-chip-name', { hasText: name }) })
const poolNames = (page: Page) => pool(page).locator('[data-drag-id^="pool:"] .wg-chip-name')
const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^Werkgroep \\d+: ${name.replace(/[()]/g, '\\$&')}$`) })
const member = (page: Page, groupName: string, name: string) =>
  group(page, groupName).locator('[data-drag-id^="member:"]').filter({ has: page.locator('.wg-chip-name', { hasText: name }) })
const memberNames = (page: Page, groupName: string) => group(page, groupName).locator('[data-drag-id^="member:"] .wg-chip-name')
const handle = (chip: Locator) => chip.locator('.wg-chip-handle')
const leadToggle = (chip: Locator) => chip.getByRole('button', { name: 'Kartrekker', exact: true })
const flags = (page: Page) => page.getByTestId('wg-flags')
const notice = (page: Page) => page.getByTestId('wg-notice')
/** dnd-kit's live region: what a screen reader announces while dragging (not the visible notice). */
const announcement = (page: Page) => page.locator('[id^="DndLiveRegion"]')

async function openWorkGroups(app: WerkbankApp): Promise<void> {
  await goTo(app, 'Werkgroepen')
  await expect(screen(app.page).getByRole('heading', { level: 1, name: 'Werkgroepen' })).toBeVisible()
}

/**
 * A real mouse drag: press on the chip's name, move a little (past the activation distance),
 * then in steps to the target; `whileOver` runs before releasing (to look or take a screenshot).
 */
async function mouseDrag(page: Page, source: Locator, target: Locator, whileOver?: () => Promise<void>): Promise<void> {
  await source.scrollIntoViewIfNeeded()
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('drag source or target not visible')
  const x = from.x + from.width / 2
  const y = from.y + from.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 12, y + 6, { steps: 4 })
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 160), { steps: 10 })
  await whileOver?.()
  await page.mouse.up()
}

async function stored(path: string): Promise<Project> {
  return (await readProjectJson(path)) as unknown as Project
}
const groupByTheme = (project: Project, themeId: string) => project.workGroups.find((g) => g.themeId === themeId)

// ---------------------------------------------------------------------------------------------

test('empty states teach: first choose themes; no participants points to Deelnemers', async ({ app }) => {
  await app.start()
  const page = app.page
  await createCommunity(app, 'Leergemeenschap Wijkleren Kerkrade', 'Kerkrade.werkbank.json')
  await openWorkGroups(app)
  const empty = page.getByTestId('empty-state')
  await expect(empty).toContainText('Nog geen gekozen thema’s')
  await expect(empty).toContainText('Kies eerst thema’s op het themabord of via Prioriteren.')
  await expect(page.getByLabel('Mag een deelnemer in meer dan één werkgroep?')).toHaveCount(0)
  await app.screenshot('work-groups-empty')
  await empty.getByRole('button', { name: 'Naar Prioriteren' }).click()
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: /^Prioriteren/ })).toHaveAttribute('aria-current', 'page')
  await openWorkGroups(app)
  await page.getByTestId('empty-state').getByRole('button', { name: 'Naar het themabord' }).click()
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: /^Thema/ })).toHaveAttribute('aria-current', 'page')

  // Chosen themes, but nobody active yet: the groups can be made; the pool points to Deelnemers.
  await page.getByRole('button', { name: 'Project', exact: true }).click()
  await page.getByRole('button', { name: 'Project sluiten' }).click()
  const project = await boardProject((p) => {
    p.participants = p.participants.map((person) => ({ ...person, active: false, leftOn: '2019-06-01' }))
  })
  await openProject(app, project, 'Zonder deelnemers.werkbank.json')
  await openWorkGroups(app)
  const create = page.getByTestId('wg-create')
  await expect(create).toContainText('Nog geen werkgroepen')
  await expect(create).toContainText('Er zijn 3 gekozen thema’s.')
  await create.getByRole('button', { name: 'Maak werkgroepen voor alle gekozen thema’s' }).click()
  await expect(page.getByTestId('work-group')).toHaveCount(3)
  await expect(pool(page)).toContainText('Nog geen actieve deelnemers. Voeg ze toe bij Deelnemers')
  await expect(flags(page)).toContainText('3 werkgroepen zonder leden')
  await pool(page).getByRole('button', { name: 'Naar Deelnemers' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Deelnemers' })).toBeVisible()
})

test('groups for the chosen themes; assigning by mouse, keyboard and menu; affinity, kartrekker, flags, undo; all persisted', async ({ app }) => {
  // Many gestures in one story; generous for a 2-core machine shared with other runs.
  test.setTimeout(150_000)
  await app.start()
  const page = app.page
  const project = await boardProject()
  const active = project.participants.filter((p) => p.active).length
  const path = await openProject(app, project)
  await openWorkGroups(app)

  // Only the chosen themes are offered, one button each and one for all of them.
  const create = page.getByTestId('wg-create')
  await expect(create.locator('.wg-create-theme')).toHaveText([ERKENNING, SBT, PREVENTIE])
  await expect(create).not.toContainText('Eenzaamheid onder ouderen')
  await create.getByRole('button', { name: `Werkgroep maken voor ${PREVENTIE}` }).click()
  await expect(notice(page)).toContainText(`Werkgroep ${PREVENTIE} is gemaakt.`)
  await expect(page.getByTestId('work-group')).toHaveCount(1)
  // The remaining two are offered above the board.
  await expect(page.getByTestId('wg-create')).toContainText('2 gekozen thema’s hebben nog geen werkgroep')
  await page.getByRole('button', { name: 'Maak werkgroepen voor alle gekozen thema’s' }).click()
  await expect(page.getByTestId('wg-create')).toHaveCount(0)
  await expect(page.getByTestId('work-group')).toHaveCount(3)
  await expect(page.getByRole('textbox', { name: 'Naam van werkgroep 1' })).toHaveValue(PREVENTIE)
  await expect(page.getByRole('textbox', { name: 'Naam van werkgroep 2' })).toHaveValue(ERKENNING)
  await expect(page.getByRole('textbox', { name: 'Naam van werkgroep 3' })).toHaveValue(SBT)

  // Flags: everyone still to assign, three empty groups.
  await expect(flags(page)).toContainText(`${active} deelnemers nog zonder werkgroep`)
  await expect(flags(page)).toContainText('3 werkgroepen zonder leden')
  await expect(page.getByTestId('wg-summary')).toHaveText(`3 werkgroepen · 0 van ${active} actieve deelnemers ingedeeld`)
  // Stopped participants are not in the pool.
  await expect(poolChip(page, 'Thea Lemmens')).toHaveCount(0)
  await expect(poolNames(page)).toHaveCount(active)

  // Affinity per group is on every chip in the pool (group number + score), spelled out for screen readers.
  const annie = poolChip(page, 'Annie Kleijnen')
  await expect(annie.locator('.wg-aff')).toHaveText([/^1\s*3/, /^2\s*5/, /^3\s*2/])
  await expect(annie.locator('.wg-aff').nth(1)).toHaveAttribute('title', `affiniteit voor ${ERKENNING}: 5`)
  await expect(poolChip(page, 'Maud Vossen').locator('.wg-aff').first()).toHaveAttribute('title', `affiniteit voor ${PREVENTIE}: niet ingevuld`)
  // Sorting the pool by affinity for Preventie: the highest first, ties by name.
  await pool(page).getByLabel('Sorteer op').selectOption({ label: `affiniteit voor 1. ${PREVENTIE}` })
  await expect(poolNames(page).nth(0)).toHaveText('Fatma Öztürk')
  await expect(poolNames(page).nth(1)).toHaveText('Ingrid Claessens')
  await expect(poolNames(page).nth(2)).toHaveText('Roy Crombach')
  await pool(page).getByLabel('Sorteer op').selectOption({ label: 'naam' })

  // Mouse: drag Annie from the pool onto Erkenning; the group lights up and says what dropping does.
  await mouseDrag(page, handle(annie), group(page, ERKENNING), async () => {
    await expect(page.getByTestId('wg-drag-overlay')).toContainText('Annie Kleijnen')
    await expect(group(page, ERKENNING)).toHaveClass(/is-over/)
    await expect(group(page, ERKENNING).locator('.wg-drop-hint')).toHaveText('Loslaten om toe te voegen')
  })
  await expect(memberNames(page, ERKENNING)).toHaveText(['Annie Kleijnen'])
  await expect(member(page, ERKENNING, 'Annie Kleijnen')).toContainText('affiniteit 5')
  await expect(poolChip(page, 'Annie Kleijnen')).toHaveCount(0)
  await expect(notice(page)).toContainText(`Annie Kleijnen zit nu in ${ERKENNING}.`)
  await expect(flags(page)).toContainText(`${active - 1} deelnemers nog zonder werkgroep`)
  await expect(flags(page)).toContainText('1 werkgroep zonder kartrekker')
  await expect(group(page, ERKENNING).locator('[data-flag="no-lead"]')).toHaveText('Geen kartrekker')

  // Mouse, between groups: Annie to Preventie and back again.
  await mouseDrag(page, handle(member(page, ERKENNING, 'Annie Kleijnen')), group(page, PREVENTIE))
  await expect(memberNames(page, PREVENTIE)).toHaveText(['Annie Kleijnen'])
  await expect(member(page, PREVENTIE, 'Annie Kleijnen')).toContainText('affiniteit 3')
  await expect(memberNames(page, ERKENNING)).toHaveCount(0)
  await expect(notice(page)).toContainText(`Annie Kleijnen is verplaatst van ${ERKENNING} naar ${PREVENTIE}.`)
  await mouseDrag(page, handle(member(page, PREVENTIE, 'Annie Kleijnen')), group(page, ERKENNING))
  await expect(memberNames(page, ERKENNING)).toHaveText(['Annie Kleijnen'])

  // Keyboard: Space picks Sjef up, the arrow jumps to the first group, Space drops; Dutch announcements.
  await handle(poolChip(page, 'Sjef Houben')).focus()
  await page.keyboard.press('Space')
  await expect(handle(poolChip(page, 'Sjef Houben'))).toHaveAttribute('aria-pressed', 'true')
  await expect(announcement(page)).toHaveText('Sjef Houben is opgepakt.')
  await page.keyboard.press('ArrowRight')
  await expect(group(page, PREVENTIE)).toHaveClass(/is-over/)
  await expect(announcement(page)).toHaveText(`Sjef Houben is boven werkgroep ${PREVENTIE}, affiniteit 2.`)
  await page.keyboard.press('ArrowRight')
  await expect(group(page, ERKENNING)).toHaveClass(/is-over/)
  await page.keyboard.press('Space')
  await expect(memberNames(page, ERKENNING)).toHaveText(['Annie Kleijnen', 'Sjef Houben'])
  await expect(announcement(page)).toHaveText(`Sjef Houben zit nu in ${ERKENNING}.`)
  // Focus follows Sjef to his new place, so the next move can start right away.
  await expect(handle(member(page, ERKENNING, 'Sjef Houben'))).toBeFocused()
  // Right again, to SBT; then Escape cancels a second move.
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await expect(group(page, SBT)).toHaveClass(/is-over/)
  await page.keyboard.press('Space')
  await expect(memberNames(page, SBT)).toHaveText(['Sjef Houben'])
  await expect(handle(member(page, SBT, 'Sjef Houben'))).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowLeft')
  await expect(group(page, ERKENNING)).toHaveClass(/is-over/)
  await page.keyboard.press('Escape')
  await expect(announcement(page)).toHaveText('Slepen geannuleerd. Sjef Houben blijft waar hij of zij was.')
  await expect(memberNames(page, SBT)).toHaveText(['Sjef Houben'])
  await expect(memberNames(page, ERKENNING)).toHaveText(['Annie Kleijnen'])

  // Without dragging: the "Werkgroep…" menu on a chip, which lists each group's affinity.
  const fatmaMenu = poolChip(page, 'Fatma Öztürk').getByRole('combobox', { name: 'Fatma Öztürk toevoegen aan werkgroep' })
  await expect(fatmaMenu.locator('option')).toHaveText([
    'Werkgroep…',
    `1. ${PREVENTIE} (affiniteit 5)`,
    `2. ${ERKENNING} (affiniteit 3)`,
    `3. ${SBT} (affiniteit 2)`,
  ])
  await fatmaMenu.selectOption({ label: `1. ${PREVENTIE} (affiniteit 5)` })
  await expect(memberNames(page, PREVENTIE)).toHaveText(['Fatma Öztürk'])
  for (const [name, option, target] of [
    ['Ingrid Claessens', `1. ${PREVENTIE} (affiniteit 5)`, PREVENTIE],
    ['Mohamed El Amrani', `3. ${SBT} (affiniteit 5)`, SBT],
    ['Roy Crombach', `3. ${SBT} (affiniteit 4)`, SBT],
  ] as const) {
    await poolChip(page, name).getByRole('combobox').selectOption({ label: option })
    await expect(member(page, target, name)).toHaveCount(1)
  }

  // Ctrl+Z undoes the last assignment.
  await page.keyboard.press('Control+z')
  await expect(member(page, SBT, 'Roy Crombach')).toHaveCount(0)
  await expect(poolChip(page, 'Roy Crombach')).toHaveCount(1)

  // Kartrekker: one per group. Marking another member moves the role; removing the lead clears it.
  await leadToggle(member(page, ERKENNING, 'Annie Kleijnen')).click()
  await expect(leadToggle(member(page, ERKENNING, 'Annie Kleijnen'))).toHaveAttribute('aria-pressed', 'true')
  await expect(group(page, ERKENNING).locator('[data-flag="no-lead"]')).toHaveCount(0)
  await expect(notice(page)).toContainText(`Annie Kleijnen is kartrekker van ${ERKENNING}.`)
  // Ctrl+Z takes the kartrekker back (the group is flagged again); Ctrl+Shift+Z restores it.
  await page.keyboard.press('Control+z')
  await expect(leadToggle(member(page, ERKENNING, 'Annie Kleijnen'))).toHaveAttribute('aria-pressed', 'false')
  await expect(group(page, ERKENNING).locator('[data-flag="no-lead"]')).toHaveText('Geen kartrekker')
  await page.keyboard.press('Control+Shift+z')
  await expect(leadToggle(member(page, ERKENNING, 'Annie Kleijnen'))).toHaveAttribute('aria-pressed', 'true')
  await expect(group(page, ERKENNING).locator('[data-flag="no-lead"]')).toHaveCount(0)
  await leadToggle(member(page, PREVENTIE, 'Fatma Öztürk')).click()
  await leadToggle(member(page, PREVENTIE, 'Ingrid Claessens')).click()
  await expect(leadToggle(member(page, PREVENTIE, 'Ingrid Claessens'))).toHaveAttribute('aria-pressed', 'true')
  await expect(leadToggle(member(page, PREVENTIE, 'Fatma Öztürk'))).toHaveAttribute('aria-pressed', 'false')
  await expect(group(page, PREVENTIE).getByRole('button', { name: 'Kartrekker', pressed: true })).toHaveCount(1)
  await leadToggle(member(page, SBT, 'Mohamed El Amrani')).click()
  await expect(flags(page)).not.toContainText('zonder kartrekker')
  await member(page, SBT, 'Mohamed El Amrani').getByRole('button', { name: `Mohamed El Amrani uit ${SBT} halen` }).click()
  await expect(memberNames(page, SBT)).toHaveText(['Sjef Houben'])
  await expect(group(page, SBT).locator('[data-flag="no-lead"]')).toHaveText('Geen kartrekker')
  await expect(flags(page)).toContainText('1 werkgroep zonder kartrekker')
  await expect(poolChip(page, 'Mohamed El Amrani')).toHaveCount(1)

  // A member dragged back onto the pool leaves the group.
  await mouseDrag(page, handle(member(page, SBT, 'Sjef Houben')), pool(page), async () => {
    await expect(pool(page).locator('.wg-drop-hint')).toHaveText(`Loslaten om uit ${SBT} te halen`)
  })
  await expect(memberNames(page, SBT)).toHaveCount(0)
  await expect(group(page, SBT).locator('[data-flag="empty"]')).toBeVisible()
  await expect(flags(page)).toContainText('1 werkgroep zonder leden')

  // Renaming a group: its theme stays visible under the new name.
  const name3 = page.getByRole('textbox', { name: 'Naam van werkgroep 2' })
  await name3.fill('Werkgroep burgerkracht')
  await expect(page.getByRole('region', { name: 'Werkgroep 2: Werkgroep burgerkracht' })).toContainText(`Thema: ${ERKENNING}`)

  // On disk.
  await expectSaved(app)
  const saved = await stored(path)
  expect(saved.workGroups.map((g) => g.themeId)).toEqual(['t-preventie', 't-erkenning', 't-sbt'])
  expect(groupByTheme(saved, 't-erkenning')).toMatchObject({ name: 'Werkgroep burgerkracht', memberIds: ['p-04'], leadId: 'p-04' })
  expect(groupByTheme(saved, 't-preventie')).toMatchObject({ name: PREVENTIE, memberIds: ['p-06', 'p-10'], leadId: 'p-10' })
  expect(groupByTheme(saved, 't-sbt')).toMatchObject({ name: SBT, memberIds: [], leadId: null })

  // After a restart, from the recent list: the same groups, members and kartrekkers.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openWorkGroups(app)
  await expect(memberNames(app.page, PREVENTIE)).toHaveText(['Fatma Öztürk', 'Ingrid Claessens'])
  await expect(leadToggle(member(app.page, PREVENTIE, 'Ingrid Claessens'))).toHaveAttribute('aria-pressed', 'true')
  await expect(app.page.getByRole('region', { name: 'Werkgroep 2: Werkgroep burgerkracht' }).locator('[data-drag-id^="member:"] .wg-chip-name')).toHaveText(['Annie Kleijnen'])
  await expect(flags(app.page)).toContainText(`${active - 3} deelnemers nog zonder werkgroep`)
})

test('one group each or several: dragging moves or adds; switching it off asks who stays where', async ({ app }) => {
  // Many gestures in one story; generous for a 2-core machine shared with other runs.
  test.setTimeout(150_000)
  await app.start()
  const page = app.page
  const project = await boardProject((p) => {
    p.workGroups = [
      // Roy is in two groups although the file says one each (edited elsewhere): flagged, resolved below.
      { id: 'wg-e', themeId: 't-erkenning', name: ERKENNING, memberIds: ['p-04', 'p-05', 'p-08', 'p-13'], leadId: 'p-04' },
      { id: 'wg-s', themeId: 't-sbt', name: SBT, memberIds: ['p-11'], leadId: 'p-11' },
      { id: 'wg-p', themeId: 't-preventie', name: PREVENTIE, memberIds: ['p-10', 'p-13'], leadId: null },
      { id: 'wg-i', themeId: 't-informeel', name: 'Samenwerking tussen formele en informele zorg', memberIds: [], leadId: null },
    ]
  })
  const path = await openProject(app, project)
  await openWorkGroups(app)

  // A stopped member stays shown, marked, and is no longer dragged around; a group whose theme
  // is no longer chosen is flagged.
  await expect(member(page, ERKENNING, 'Thea Lemmens').locator('.badge-stopped')).toHaveText('Gestopt')
  await expect(handle(member(page, ERKENNING, 'Thea Lemmens'))).toHaveAttribute('aria-disabled', 'true')
  await expect(flags(page)).toContainText('1 gestopte deelnemer nog in een werkgroep')
  await expect(group(page, 'Samenwerking tussen formele en informele zorg').locator('[data-flag="not-chosen"]')).toHaveText('Thema niet meer gekozen')
  await expect(flags(page)).toContainText('1 werkgroep met een thema dat niet meer gekozen is')

  // Setting off (as in the file) while Roy is in two groups: flagged, and resolved by choice.
  const setting = page.getByLabel('Mag een deelnemer in meer dan één werkgroep?')
  await expect(setting).not.toBeChecked()
  await flags(page).getByRole('button', { name: /1 deelnemer in meer dan één werkgroep/ }).click()
  const resolve = page.getByRole('dialog', { name: 'Sommige deelnemers zitten in meer dan één werkgroep' })
  // Preselected: Preventie, where Roy's affinity (4) is higher than for Erkenning (2).
  await expect(resolve.getByRole('group', { name: 'Welke werkgroep houdt Roy Crombach?' }).getByRole('radio', { name: `3. ${PREVENTIE} (affiniteit 4)` })).toBeChecked()
  await resolve.getByRole('button', { name: 'Toepassen' }).click()
  await expect(member(page, ERKENNING, 'Roy Crombach')).toHaveCount(0)
  await expect(member(page, PREVENTIE, 'Roy Crombach')).toHaveCount(1)
  await expect(flags(page)).not.toContainText('meer dan één werkgroep')

  // From "Iedereen", dragging Sjef to SBT moves him, and says so.
  await pool(page).getByRole('radio', { name: /^Iedereen/ }).check()
  await expect(poolChip(page, 'Sjef Houben')).toContainText('in werkgroep 1')
  await mouseDrag(page, handle(poolChip(page, 'Sjef Houben')), group(page, SBT), async () => {
    await expect(group(page, SBT).locator('.wg-drop-hint')).toHaveText('Loslaten: gaat over uit werkgroep 1')
  })
  await expect(notice(page)).toContainText(`Sjef Houben is verplaatst van ${ERKENNING} naar ${SBT}: iemand zit in maar één werkgroep.`)
  await expect(memberNames(page, SBT)).toHaveText(['Mohamed El Amrani', 'Sjef Houben'])
  await expect(member(page, ERKENNING, 'Sjef Houben')).toHaveCount(0)

  // Setting on: the same gesture adds Annie to a second group; she keeps being kartrekker of the first.
  await setting.check()
  await expect(notice(page)).toContainText('Een deelnemer mag nu in meer dan één werkgroep.')
  await mouseDrag(page, handle(poolChip(page, 'Annie Kleijnen')), group(page, PREVENTIE), async () => {
    await expect(group(page, PREVENTIE).locator('.wg-drop-hint')).toHaveText('Loslaten om toe te voegen')
  })
  await expect(memberNames(page, PREVENTIE)).toHaveText(['Ingrid Claessens', 'Roy Crombach', 'Annie Kleijnen'])
  await expect(leadToggle(member(page, ERKENNING, 'Annie Kleijnen'))).toHaveAttribute('aria-pressed', 'true')
  await expect(poolChip(page, 'Annie Kleijnen')).toContainText('in werkgroepen 1 en 3')
  // Between groups, a drag is still a move.
  await mouseDrag(page, handle(member(page, SBT, 'Sjef Houben')), group(page, PREVENTIE))
  await expect(notice(page)).toContainText(`Sjef Houben is verplaatst van ${SBT} naar ${PREVENTIE}.`)

  // Switching it off while Annie is in two groups: nothing is dropped without asking.
  await setting.click()
  const dialog = page.getByRole('dialog', { name: 'Sommige deelnemers zitten in meer dan één werkgroep' })
  await expect(dialog).toBeVisible()
  const choice = dialog.getByRole('group', { name: 'Welke werkgroep houdt Annie Kleijnen?' })
  // Preselected: the highest affinity (Erkenning 5 over Preventie 3).
  await expect(choice.getByRole('radio', { name: `1. ${ERKENNING} (affiniteit 5)` })).toBeChecked()
  await dialog.getByRole('button', { name: 'Annuleren, iedereen blijft waar hij is' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(setting).toBeChecked()
  await expect(member(page, PREVENTIE, 'Annie Kleijnen')).toHaveCount(1)
  await setting.click()
  await dialog.getByRole('group', { name: 'Welke werkgroep houdt Annie Kleijnen?' }).getByRole('radio', { name: `3. ${PREVENTIE} (affiniteit 3)` }).check()
  await dialog.getByRole('button', { name: 'Toepassen en op één werkgroep zetten' }).click()
  await expect(setting).not.toBeChecked()
  await expect(member(page, ERKENNING, 'Annie Kleijnen')).toHaveCount(0)
  await expect(member(page, PREVENTIE, 'Annie Kleijnen')).toHaveCount(1)
  // She left Erkenning, so it has no kartrekker any more.
  await expect(group(page, ERKENNING).locator('[data-flag="no-lead"]')).toHaveText('Geen kartrekker')
  // One undo step brings back both the setting and her place.
  await page.keyboard.press('Control+z')
  await expect(setting).toBeChecked()
  await expect(member(page, ERKENNING, 'Annie Kleijnen')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(setting).not.toBeChecked()

  // Removing a group asks first and can be undone.
  await group(page, 'Samenwerking tussen formele en informele zorg').getByRole('button', { name: /^Werkgroep .* verwijderen$/ }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Werkgroep verwijderen?' })
  await expect(confirm).toContainText('Het thema blijft bestaan.')
  await confirm.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByTestId('work-group')).toHaveCount(3)
  await expect(notice(page)).toContainText('Werkgroep Samenwerking tussen formele en informele zorg is verwijderd.')
  await notice(page).getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(page.getByTestId('work-group')).toHaveCount(4)
  await group(page, 'Samenwerking tussen formele en informele zorg').getByRole('button', { name: /^Werkgroep .* verwijderen$/ }).click()
  await confirm.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByTestId('work-group')).toHaveCount(3)

  await expectSaved(app)
  const saved = await stored(path)
  expect(saved.settings.allowMultipleWorkGroups).toBe(false)
  expect(saved.workGroups.map((g) => g.id)).toEqual(['wg-e', 'wg-s', 'wg-p'])
  expect(groupByTheme(saved, 't-erkenning')).toMatchObject({ memberIds: ['p-08'], leadId: null })
  expect(groupByTheme(saved, 't-preventie')?.memberIds).toEqual(['p-10', 'p-13', 'p-04', 'p-05'])
  expect(groupByTheme(saved, 't-sbt')).toMatchObject({ memberIds: ['p-11'], leadId: 'p-11' })

  // Switched on again, Annie joins a second group; after a restart the setting and both places are kept.
  await setting.check()
  await mouseDrag(page, handle(poolChip(page, 'Annie Kleijnen')), group(page, SBT))
  await expect(memberNames(page, SBT)).toHaveText(['Mohamed El Amrani', 'Annie Kleijnen'])
  await expectSaved(app)
  const switched = await stored(path)
  expect(switched.settings.allowMultipleWorkGroups).toBe(true)
  expect(groupByTheme(switched, 't-sbt')?.memberIds).toEqual(['p-11', 'p-04'])
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openWorkGroups(app)
  await expect(app.page.getByLabel('Mag een deelnemer in meer dan één werkgroep?')).toBeChecked()
  await expect(memberNames(app.page, SBT)).toHaveText(['Mohamed El Amrani', 'Annie Kleijnen'])
  await expect(member(app.page, PREVENTIE, 'Annie Kleijnen')).toHaveCount(1)
  await expect(flags(app.page)).not.toContainText('meer dan één werkgroep')
})

test('the Heerlen example: three work groups with members and kartrekkers', async ({ app }) => {
  await app.start()
  await openExample(app)
  await openWorkGroups(app)
  const page = app.page
  // The example's groups (shared/examples/heerlen-themes.ts), in their order, with their members and kartrekkers.
  const example = buildHeerlenExample()
  const nameOf = new Map(example.participants.map((p) => [p.id, p.name]))
  const groups = page.getByTestId('work-group')
  await expect(groups).toHaveCount(3)
  expect(example.workGroups.map((g) => nameOf.get(g.leadId ?? ''))).toEqual(['Annie Kleijnen', 'Roy Crombach', 'Mohamed El Amrani'])
  for (const [index, wanted] of example.workGroups.entries()) {
    const region = page.getByRole('region', { name: `Werkgroep ${index + 1}: ${wanted.name}`, exact: true })
    await expect(region.locator('[data-drag-id^="member:"] .wg-chip-name')).toHaveText(wanted.memberIds.map((id) => nameOf.get(id)!))
    await expect(region.getByRole('button', { name: 'Kartrekker', pressed: true })).toHaveCount(1)
    await expect(leadToggle(member(page, wanted.name, nameOf.get(wanted.leadId!)!))).toHaveAttribute('aria-pressed', 'true')
  }
  // Those who joined after the division (December 2018) are in no group yet: flagged, and in the pool.
  const grouped = new Set(example.workGroups.flatMap((g) => g.memberIds))
  const without = example.participants.filter((p) => p.active && !grouped.has(p.id)).map((p) => p.name)
  expect(without.length).toBeGreaterThan(0)
  await expect(flags(page)).toContainText(`${without.length} deelnemer${without.length === 1 ? '' : 's'} nog zonder werkgroep`)
  await expect.poll(async () => (await poolNames(page).allTextContents()).sort()).toEqual([...without].sort())
  await expect(flags(page)).not.toContainText('zonder kartrekker')
  await app.page.getByTestId('wg-pool').getByRole('radio', { name: /^Iedereen/ }).check()
  await app.screenshot('work-groups')
  // Mid-drag, for the record: the overlay, the highlighted target and its hint.
  const first = app.page.locator('[data-drag-id^="pool:"] .wg-chip-handle').first()
  const target = groups.nth(1)
  const from = await first.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('not visible')
  await app.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await app.page.mouse.down()
  await app.page.mouse.move(from.x + 40, from.y + 20, { steps: 4 })
  await app.page.mouse.move(to.x + to.width / 2, to.y + 260, { steps: 10 })
  await expect(target).toHaveClass(/is-over/)
  await app.screenshot('work-groups-dragging')
  await app.page.keyboard.press('Escape')
  await app.page.mouse.up()
})
