/**
 * Prioriteren: scoring themes by keyboard in the grid, the ranking (missing scores, ties, spread,
 * weights), dot voting, "Kies top N" with a tie at the boundary, undo, and everything back after
 * a restart. Driven through the real UI, saved through the real storage service, checked on disk.
 *
 * The board is set up by writing a project file (the Heerlen fixture with ten candidate themes and
 * the scores of five participants who filled in a paper form), then opened from the start screen,
 * so these tests do not depend on the theme board's UI.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { BoardColumn, DotVote, ProjectFile, ThemeScore } from '../../shared/model'
import { HEERLEN_FIXTURE, readFixtureJson } from '../fixtures/paths'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, openExample, readProjectJson } from './helpers'

// ---------------------------------------------------------------------------------------------
// The board: Heerlen themes (seeds; the first three are the ones the group chose in 2018)

const THEMES = {
  burgerinitiatieven: { id: 'th-01', title: 'Erkenning en facilitering van burgerinitiatieven' },
  sbt: { id: 'th-02', title: 'Functioneren van de sociale buurtteams (SBT’s)' },
  preventie: { id: 'th-03', title: 'Preventie en vroegsignalering' },
  informeleZorg: { id: 'th-04', title: 'Samenwerking tussen formele en informele zorg' },
  eenzaamheid: { id: 'th-05', title: 'Eenzaamheid onder ouderen' },
  mantelzorg: { id: 'th-06', title: 'Ondersteuning van mantelzorgers' },
  armoede: { id: 'th-07', title: 'Armoede en schulden' },
  jongeren: { id: 'th-08', title: 'Jongeren en participatie' },
  digitaal: { id: 'th-09', title: 'Digitale vaardigheden' },
  gezondheid: { id: 'th-10', title: 'Positieve gezondheid' },
  regeldruk: { id: 'th-11', title: 'Regeldruk en administratieve lasten' },
} as const
type ThemeKey = keyof typeof THEMES
const CANDIDATES: ThemeKey[] = [
  'burgerinitiatieven', 'sbt', 'preventie', 'informeleZorg', 'eenzaamheid', 'mantelzorg', 'armoede', 'jongeren', 'digitaal', 'gezondheid',
]
const title = (key: ThemeKey) => THEMES[key].title
const id = (key: ThemeKey) => THEMES[key].id

// Participants from the Heerlen fixture.
const SJEF = 'p-05'
const INGRID = 'p-10'
const LINDA = 'p-12' // stopped in 2019, but scored at the session: her scores count
const ROY = 'p-13'
const MARCO = 'p-25'
const ANNIE = 'p-04'

type Row = [number | null, number | null, number | null, number | null]
const row = (theme: ThemeKey, participantId: string, [urgency, feasibility, changeability, affinity]: Row): ThemeScore => ({
  themeId: id(theme),
  participantId,
  urgency,
  feasibility,
  changeability,
  affinity,
})

/**
 * The paper forms already typed in. Means per criterion (u, f, c, a) → total, with equal weights:
 *  burgerinitiatieven  4.6 4.2 4.2 4.6 → 4.40     sbt  4.4 4.0 4.0 4.2 → 4.15
 *  preventie           4.25 3.75 3.75 4.25 → 4.00 (Linda did not score it)
 *  informeleZorg       3.5 3 3 3.5 → 3.25   eenzaamheid 3.5 3 3.5 3 → 3.25: a tie
 *  mantelzorg          all 3, but two people say 5 and two say 1: the group is divided
 *  armoede             u 4 (1 score), f 2, c 2, a 3 → 2.75, with missing scores
 *  jongeren            one scorer → 2.50       digitaal 2.00        gezondheid: no scores
 *  regeldruk           parked: not ranked, its score ignored
 */
const SCORES: ThemeScore[] = [
  row('burgerinitiatieven', SJEF, [5, 4, 4, 5]),
  row('burgerinitiatieven', INGRID, [4, 4, 4, 4]),
  row('burgerinitiatieven', ROY, [5, 4, 5, 4]),
  row('burgerinitiatieven', MARCO, [4, 5, 4, 5]),
  row('burgerinitiatieven', LINDA, [5, 4, 4, 5]),
  row('sbt', SJEF, [4, 4, 4, 4]),
  row('sbt', INGRID, [5, 4, 4, 5]),
  row('sbt', ROY, [4, 4, 4, 4]),
  row('sbt', MARCO, [4, 4, 4, 4]),
  row('sbt', LINDA, [5, 4, 4, 4]),
  row('preventie', SJEF, [4, 4, 3, 4]),
  row('preventie', INGRID, [4, 4, 4, 4]),
  row('preventie', ROY, [5, 4, 4, 5]),
  row('preventie', MARCO, [4, 3, 4, 4]),
  row('informeleZorg', SJEF, [3, 3, 3, 3]),
  row('informeleZorg', INGRID, [4, 3, 3, 4]),
  row('eenzaamheid', ROY, [4, 3, 3, 3]),
  row('eenzaamheid', MARCO, [3, 3, 4, 3]),
  row('mantelzorg', SJEF, [5, 5, 5, 5]),
  row('mantelzorg', INGRID, [1, 1, 1, 1]),
  row('mantelzorg', ROY, [5, 5, 5, 5]),
  row('mantelzorg', MARCO, [1, 1, 1, 1]),
  row('armoede', SJEF, [4, null, null, 3]),
  row('armoede', INGRID, [null, 2, 2, null]),
  row('jongeren', ROY, [2, 3, 2, 3]),
  row('digitaal', MARCO, [2, 2, 2, 2]),
  row('regeldruk', SJEF, [5, 5, 5, 5]),
]

/** Dots from an earlier session: realistic, and spread over several themes. */
const DOTS: DotVote[] = [
  { themeId: id('preventie'), participantId: SJEF, dots: 2 },
  { themeId: id('burgerinitiatieven'), participantId: SJEF, dots: 1 },
  { themeId: id('burgerinitiatieven'), participantId: INGRID, dots: 2 },
  { themeId: id('sbt'), participantId: INGRID, dots: 1 },
  { themeId: id('sbt'), participantId: ROY, dots: 3 },
  { themeId: id('eenzaamheid'), participantId: MARCO, dots: 1 },
  { themeId: id('preventie'), participantId: MARCO, dots: 2 },
]

function heerlenProject(fields: Partial<ProjectFile> = {}): ProjectFile {
  const project = readFixtureJson(HEERLEN_FIXTURE) as ProjectFile
  const columns: BoardColumn[] = [
    { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: CANDIDATES.map(id) },
    { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: [] },
    { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: [id('regeldruk')] },
  ]
  return {
    ...project,
    interviews: [],
    themes: (Object.keys(THEMES) as ThemeKey[]).map((key) => ({
      id: id(key),
      title: title(key),
      description: '',
      learningQuestions: [],
      sources: [],
    })),
    boardColumns: columns,
    prioritisation: {
      method: 'scores',
      weights: { urgency: 1, feasibility: 1, changeability: 1, affinity: 1 },
      scores: SCORES,
      dotsPerParticipant: 3,
      dotVotes: DOTS,
    },
    workGroups: [],
    ...fields,
  }
}

// ---------------------------------------------------------------------------------------------
// Steps

async function writeAndOpen(app: WerkbankApp, fileName: string, project: ProjectFile): Promise<string> {
  const path = join(app.docsDir, fileName)
  await writeFile(path, JSON.stringify(project, null, 2))
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText(project.community.name)
  return path
}

async function closeProject(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Project', exact: true }).click()
  await page.getByRole('button', { name: 'Project sluiten' }).click()
}

async function openPrioritise(app: WerkbankApp): Promise<void> {
  await goTo(app, 'Prioriteren')
  await expect(app.page.getByRole('heading', { level: 1, name: 'Prioriteren' })).toBeVisible()
}

const tab = (page: Page, name: string) => page.getByRole('tablist', { name: 'Prioriteren' }).getByRole('tab', { name })
const cell = (page: Page, criterion: string, theme: ThemeKey) =>
  page.getByTestId('score-grid').getByRole('textbox', { name: `${criterion} voor ${title(theme)}`, exact: true })
const picker = (page: Page) => page.getByTestId('participant-picker')

interface ShownRow {
  rank: string | null
  title: string
  total: string
  shared: string | null
  sub: string
  divided: boolean
}

/** The ranking table as the facilitator reads it, top to bottom. */
async function rankingRows(page: Page): Promise<ShownRow[]> {
  return page
    .getByTestId('ranking')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => ({
        rank: tr.getAttribute('data-rank'),
        title: tr.querySelector('.prio-theme-title')?.textContent ?? '',
        total: (tr.querySelector('.rank-total-value') ?? tr.querySelector('.rank-missing'))?.textContent ?? '',
        shared: tr.querySelector('.rank-shared')?.textContent ?? null,
        sub: tr.querySelector('.rank-sub')?.textContent ?? '',
        divided: tr.querySelector('.rank-divided') !== null,
      })),
    )
}
const order = async (page: Page) => (await rankingRows(page)).map((r) => r.title)

/**
 * The bar of each ranking row, top to bottom: its fill as set (percent of the scale, or of the most
 * dots) and as drawn (pixels); null for a theme without a total (no bar).
 */
async function rankingBars(page: Page): Promise<Array<{ percent: string; width: number } | null>> {
  return page
    .getByTestId('ranking')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => {
        const fill = tr.querySelector<HTMLElement>('.rank-bar-fill')
        return fill ? { percent: fill.style.width, width: fill.getBoundingClientRect().width } : null
      }),
    )
}

/** The screen scrolled back to its top, for a screenshot that shows the header. */
const scrollToTop = (page: Page) => page.locator('main').evaluate((main) => main.scrollTo(0, 0))

async function storedScore(path: string, theme: ThemeKey, participantId: string) {
  const project = (await readProjectJson(path)) as unknown as ProjectFile
  return project.prioritisation.scores.find((s) => s.themeId === id(theme) && s.participantId === participantId) ?? null
}

// ---------------------------------------------------------------------------------------------

test('empty states point to Thema\'s and Deelnemers', async ({ app }) => {
  await app.start()
  const page = app.page

  // Themes on the board but nobody to score them yet.
  await writeAndOpen(app, 'Zonder deelnemers.werkbank.json', heerlenProject({ participants: [] }))
  await openPrioritise(app)
  const empty = page.getByTestId('empty-state')
  await expect(empty).toContainText('Nog geen deelnemers')
  await expect(empty).toContainText('Wie scoort, staat eerst bij Deelnemers.')
  await empty.getByRole('button', { name: 'Naar Deelnemers' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Deelnemers' })).toBeVisible()
  await closeProject(page)

  // A new community: no themes yet.
  await createCommunity(app, 'Leergemeenschap Wijkleren Kerkrade', 'Kerkrade.werkbank.json')
  await openPrioritise(app)
  await expect(empty).toContainText('Nog geen thema\'s om te prioriteren')
  await expect(empty).toContainText('Zet ze eerst op het bord bij Thema\'s')
  await expect(page.getByTestId('prioritise-summary')).toHaveText('Je prioriteert de thema\'s op het bord, behalve die bij Geparkeerd.')
  await app.screenshot('prioritise-empty')
  await empty.getByRole('button', { name: 'Naar Thema\'s' }).click()
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: /^Thema's/ })).toHaveAttribute('aria-current', 'page')
})

test('scores typed by keyboard, the ranking with missing scores, ties, spread and weights, top 3 to Gekozen, undo, and after a restart', async ({ app }) => {
  test.slow() // a long walk through the screen; the machine is shared
  await app.start()
  const page = app.page
  const path = await writeAndOpen(app, 'Heerlen prioriteren.werkbank.json', heerlenProject({ prioritisation: { ...heerlenProject().prioritisation, scores: [] } }))
  await openPrioritise(app)

  // No scores yet: the ranking explains how to enter them.
  await expect(tab(page, 'Scores invoeren')).toHaveAttribute('aria-selected', 'true')
  await tab(page, 'Rangorde').click()
  await expect(page.getByTestId('empty-state')).toContainText('Nog geen scores')
  await page.getByTestId('empty-state').getByRole('button', { name: 'Scores invoeren' }).click()
  await expect(tab(page, 'Scores invoeren')).toHaveAttribute('aria-selected', 'true')
  await closeProject(page)

  // The same board with five paper forms already typed in.
  await writeAndOpen(app, 'Heerlen prioriteren.werkbank.json', heerlenProject())
  await openPrioritise(app)
  await expect(page.getByTestId('prioritise-summary')).toHaveText('10 thema\'s op het bord · 5 van 25 deelnemers hebben gescoord')
  await tab(page, 'Scores invoeren').click()

  // Annie Kleijnen\'s form. Parked themes are not on it.
  await picker(page).selectOption({ label: 'Annie Kleijnen (0/10)' })
  await expect(page.getByTestId('score-grid').getByRole('row')).toHaveCount(11)
  await expect(page.getByTestId('score-grid')).not.toContainText(title('regeldruk'))
  await expect(page.getByTestId('score-progress')).toContainText('0 van 10 thema\'s gescoord')

  // Typing a digit sets the cell and moves on; other keys are ignored.
  await cell(page, 'Urgentie', 'burgerinitiatieven').click()
  await page.keyboard.press('x')
  await page.keyboard.press('7')
  await expect(cell(page, 'Urgentie', 'burgerinitiatieven')).toHaveValue('')
  await expect(cell(page, 'Urgentie', 'burgerinitiatieven')).toBeFocused()
  for (const key of ['5', '4', '4', '5']) await page.keyboard.press(key)
  await expect(cell(page, 'Urgentie', 'sbt')).toBeFocused()
  await expect(cell(page, 'Urgentie', 'burgerinitiatieven')).toHaveValue('5')
  await expect(cell(page, 'Haalbaarheid', 'burgerinitiatieven')).toHaveValue('4')
  await expect(cell(page, 'Affiniteit', 'burgerinitiatieven')).toHaveValue('5')
  await expect(page.getByTestId('score-progress')).toContainText('1 van 10 thema\'s gescoord')

  // Arrow keys move, Backspace clears, a new digit sets it again.
  await page.keyboard.press('ArrowUp')
  await expect(cell(page, 'Urgentie', 'burgerinitiatieven')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Backspace')
  await expect(cell(page, 'Haalbaarheid', 'burgerinitiatieven')).toHaveValue('')
  await expect(page.getByTestId('score-progress')).toContainText('0 van 10 thema\'s gescoord · 1 thema half ingevuld')
  await page.keyboard.press('4')
  await expect(cell(page, 'Veranderbaarheid', 'burgerinitiatieven')).toBeFocused()

  // The next row: 3, 3, Enter skips a box (left empty), 4.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Home')
  await expect(cell(page, 'Urgentie', 'sbt')).toBeFocused()
  await page.keyboard.press('3')
  await page.keyboard.press('3')
  await page.keyboard.press('Enter')
  await page.keyboard.press('4')
  await expect(cell(page, 'Urgentie', 'preventie')).toBeFocused()
  await expect(cell(page, 'Veranderbaarheid', 'sbt')).toHaveValue('')

  // A single box further down: 0 clears, Delete clears.
  await cell(page, 'Affiniteit', 'jongeren').click()
  await page.keyboard.press('5')
  await expect(cell(page, 'Urgentie', 'digitaal')).toBeFocused()
  await page.keyboard.press('Shift+Enter')
  await expect(cell(page, 'Affiniteit', 'jongeren')).toBeFocused()
  await page.keyboard.press('0')
  await expect(cell(page, 'Affiniteit', 'jongeren')).toHaveValue('')
  await page.keyboard.press('3')
  await expect(page.getByTestId('score-progress')).toContainText('1 van 10 thema\'s gescoord · 2 thema\'s half ingevuld')

  // Ctrl+Z takes back the row just typed, not one digit; Ctrl+Shift+Z brings it back.
  await expect(cell(page, 'Urgentie', 'digitaal')).toBeFocused()
  for (const key of ['2', '2', '2', '2']) await page.keyboard.press(key)
  await expect(cell(page, 'Affiniteit', 'digitaal')).toHaveValue('2')
  await page.keyboard.press('Control+z')
  for (const criterion of ['Urgentie', 'Haalbaarheid', 'Veranderbaarheid', 'Affiniteit']) await expect(cell(page, criterion, 'digitaal')).toHaveValue('')
  await expect(cell(page, 'Affiniteit', 'jongeren')).toHaveValue('3')
  await page.keyboard.press('Control+Shift+z')
  await expect(cell(page, 'Affiniteit', 'digitaal')).toHaveValue('2')
  await expect(page.getByTestId('score-progress')).toContainText('2 van 10 thema\'s gescoord · 2 thema\'s half ingevuld')
  await scrollToTop(page)
  await cell(page, 'Veranderbaarheid', 'sbt').evaluate((input: HTMLInputElement) => input.focus({ preventScroll: true }))
  await app.screenshot('prioritise-grid')

  // On disk: one record per theme for Annie, missing scores stored as null.
  await expectSaved(app)
  expect(await storedScore(path, 'burgerinitiatieven', ANNIE)).toMatchObject({ urgency: 5, feasibility: 4, changeability: 4, affinity: 5 })
  expect(await storedScore(path, 'sbt', ANNIE)).toMatchObject({ urgency: 3, feasibility: 3, changeability: null, affinity: 4 })
  expect(await storedScore(path, 'jongeren', ANNIE)).toMatchObject({ urgency: null, feasibility: null, changeability: null, affinity: 3 })
  expect(await storedScore(path, 'digitaal', ANNIE)).toMatchObject({ urgency: 2, feasibility: 2, changeability: 2, affinity: 2 })
  expect(await storedScore(path, 'preventie', ANNIE)).toBeNull()

  // "Volgende deelnemer" goes to the next form, at its first empty box.
  await page.getByRole('button', { name: 'Volgende deelnemer' }).click()
  await expect(picker(page).locator('option:checked')).toHaveText('Anouk Ummels (0/10)')
  await expect(cell(page, 'Urgentie', 'burgerinitiatieven')).toBeFocused()
  await expect(cell(page, 'Urgentie', 'burgerinitiatieven')).toHaveValue('')

  // The ranking: missing scores left out, ties shared, the divided group flagged, unscored last.
  await tab(page, 'Rangorde').click()
  await expect(page.getByTestId('prioritise-summary')).toHaveText('10 thema\'s op het bord · 6 van 25 deelnemers hebben gescoord')
  const rows = await rankingRows(page)
  expect(rows.map((r) => [r.rank, r.title, r.total, r.shared])).toEqual([
    // Annie\'s 5 4 4 5 joins the five: (4.67 + 4.17 + 4.17 + 4.67) / 4
    ['1', title('burgerinitiatieven'), '4,42', null],
    // Annie\'s 3, 3, –, 4: the empty box is left out, not counted as 0
    ['2', title('sbt'), '4,04', null],
    ['3', title('preventie'), '4,00', null],
    ['4', title('informeleZorg'), '3,25', 'gedeeld 4e'],
    ['4', title('eenzaamheid'), '3,25', 'gedeeld 4e'],
    ['6', title('mantelzorg'), '3,00', null],
    ['7', title('armoede'), '2,75', null],
    ['8', title('jongeren'), '2,50', null],
    ['9', title('digitaal'), '2,00', null],
    [null, title('gezondheid'), 'nog geen scores', null],
  ])
  expect(rows.find((r) => r.title === title('preventie'))!.sub).toBe('4 van 25 deelnemers hebben gescoord')
  // The bar chart: one bar per ranked theme, as long as its total on the 1–5 scale, so the bars
  // shrink down the ranking; tied themes get equal bars; no bar without scores.
  const bars = await rankingBars(page)
  expect(bars.map((bar) => bar?.percent ?? null)).toEqual(['88%', '81%', '80%', '65%', '65%', '60%', '55%', '50%', '40%', null])
  const drawn = bars.filter((bar) => bar !== null).map((bar) => bar.width)
  for (let i = 1; i < drawn.length; i++) expect(drawn[i]!).toBeLessThanOrEqual(drawn[i - 1]!)
  expect(drawn[3]).toBe(drawn[4])
  expect(drawn[0]! / drawn[8]!).toBeCloseTo(4.42 / 2, 1)
  expect(rows.find((r) => r.title === title('gezondheid'))!.sub).toBe('0 van 25 deelnemers hebben gescoord')
  expect(rows.filter((r) => r.divided).map((r) => r.title)).toEqual([title('mantelzorg')])
  const mantelzorg = page.getByTestId('ranking').locator(`tr[data-theme-id="${id('mantelzorg')}"]`)
  await expect(mantelzorg.locator('.col-spread')).toHaveText('2,0 verdeeld')
  await expect(mantelzorg).toContainText('de groep is verdeeld')
  // A criterion nobody scored shows a dash, not a zero.
  const armoede = page.getByTestId('ranking').locator(`tr[data-theme-id="${id('armoede')}"]`)
  await expect(armoede.locator('[data-criterion="urgency"]')).toHaveText('4,0')
  await expect(armoede.locator('[data-criterion="urgency"]')).toHaveAttribute('title', 'Urgentie: gemiddeld 4,0 uit 1 score')

  // Weights change the order: without Veranderbaarheid, Preventie overtakes the SBT\'s.
  const weights = page.getByTestId('weights')
  await weights.getByRole('radiogroup', { name: 'Veranderbaarheid' }).getByRole('radio', { name: 'telt niet' }).check()
  await expect.poll(() => order(page)).toEqual([
    title('burgerinitiatieven'), title('preventie'), title('sbt'), title('informeleZorg'), title('eenzaamheid'),
    title('mantelzorg'), title('armoede'), title('jongeren'), title('digitaal'), title('gezondheid'),
  ])
  await expectSaved(app)
  expect(((await readProjectJson(path)) as unknown as ProjectFile).prioritisation.weights).toEqual({
    urgency: 1, feasibility: 1, changeability: 0, affinity: 1,
  })
  await page.keyboard.press('Control+z')
  await expect(weights.getByRole('radiogroup', { name: 'Veranderbaarheid' }).getByRole('radio', { name: '×1' })).toBeChecked()
  await expect.poll(async () => (await order(page)).slice(0, 3)).toEqual([title('burgerinitiatieven'), title('sbt'), title('preventie')])

  // Kies top N: a tie at the boundary is not cut silently.
  await page.getByRole('button', { name: 'Kies top N…' }).click()
  const dialog = page.getByTestId('choose-top')
  await dialog.getByLabel('Aantal thema\'s').selectOption('4')
  await expect(dialog.getByTestId('choose-tie')).toContainText('Op de 4e plaats staan 2 thema\'s gelijk (3,25). Er is nog plek voor 1. Wat wil je?')
  await expect(dialog.getByRole('button', { name: 'Verplaats 5 thema\'s naar Gekozen' })).toBeEnabled()
  await dialog.getByRole('radio', { name: 'Kies zelf welke' }).check()
  await expect(dialog.getByRole('button', { name: 'Verplaats 3 thema\'s naar Gekozen' })).toBeVisible()
  await app.screenshot('prioritise-choose-tie')
  await dialog.getByRole('button', { name: 'Annuleren' }).click()
  await expect(dialog).toHaveCount(0)

  // Top 3 (the default): preview, confirm, and they are in Gekozen on disk.
  await page.getByRole('button', { name: 'Kies top N…' }).click()
  await expect(dialog.getByLabel('Aantal thema\'s')).toHaveValue('3')
  await expect(dialog.getByTestId('choose-preview').locator('.choose-title')).toHaveText([
    title('burgerinitiatieven'), title('sbt'), title('preventie'),
  ])
  await expect(dialog.getByTestId('choose-tie')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Verplaats 3 thema\'s naar Gekozen' }).click()
  const notice = page.getByTestId('prioritise-notice')
  await expect(notice).toContainText(`3 thema's staan nu bij Gekozen: ${title('burgerinitiatieven')}, ${title('sbt')}, ${title('preventie')}.`)
  await expect(page.getByTestId('ranking').locator('tr.is-chosen .prio-theme-title')).toHaveText([
    title('burgerinitiatieven'), title('sbt'), title('preventie'),
  ])
  await expectSaved(app)
  const columnsOnDisk = async () =>
    Object.fromEntries(((await readProjectJson(path)) as unknown as ProjectFile).boardColumns.map((c) => [c.role, c.themeIds]))
  expect(await columnsOnDisk()).toEqual({
    candidate: ['th-04', 'th-05', 'th-06', 'th-07', 'th-08', 'th-09', 'th-10'],
    chosen: ['th-01', 'th-02', 'th-03'],
    parked: ['th-11'],
  })

  // Ctrl+Z undoes the whole move in one step.
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('ranking').locator('tr.is-chosen')).toHaveCount(0)
  await expect(notice).toBeEmpty()
  await expectSaved(app)
  expect(await columnsOnDisk()).toEqual({ candidate: CANDIDATES.map(id), chosen: [], parked: ['th-11'] })

  // Top 4, settling the tie by picking Eenzaamheid onder ouderen; "Ongedaan maken" in the notice works too.
  await page.getByRole('button', { name: 'Kies top N…' }).click()
  await dialog.getByLabel('Aantal thema\'s').selectOption('4')
  await dialog.getByRole('radio', { name: 'Kies zelf welke' }).check()
  await expect(dialog.getByRole('button', { name: 'Verplaats 3 thema\'s naar Gekozen' })).toBeVisible()
  await dialog.getByRole('checkbox', { name: title('eenzaamheid') }).check()
  await expect(dialog.getByTestId('choose-preview').locator('.choose-title')).toHaveText([
    title('burgerinitiatieven'), title('sbt'), title('preventie'), title('eenzaamheid'),
  ])
  await dialog.getByRole('button', { name: 'Verplaats 4 thema\'s naar Gekozen' }).click()
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(page.getByTestId('ranking').locator('tr.is-chosen')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByTestId('ranking').locator('tr.is-chosen')).toHaveCount(4)
  await expectSaved(app)
  expect((await columnsOnDisk()).chosen).toEqual(['th-01', 'th-02', 'th-03', 'th-05'])

  // After a restart, from the recent list: scores, weights and the chosen column are all back.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openPrioritise(app)
  await expect(tab(app.page, 'Rangorde')).toHaveAttribute('aria-selected', 'true')
  const after = await rankingRows(app.page)
  expect(after.slice(0, 3).map((r) => [r.rank, r.title, r.total])).toEqual([
    ['1', title('burgerinitiatieven'), '4,42'],
    ['2', title('sbt'), '4,04'],
    ['3', title('preventie'), '4,00'],
  ])
  await expect(app.page.getByTestId('ranking').locator('tr.is-chosen')).toHaveCount(4)
  await tab(app.page, 'Scores invoeren').click()
  await picker(app.page).selectOption({ label: 'Annie Kleijnen (2/10)' })
  await expect(cell(app.page, 'Urgentie', 'burgerinitiatieven')).toHaveValue('5')
  await expect(cell(app.page, 'Affiniteit', 'sbt')).toHaveValue('4')
  await expect(cell(app.page, 'Affiniteit', 'jongeren')).toHaveValue('3')
})

test('dot voting: dots per participant, + and − by keyboard, over-spending shown, ranked by dots, kept after a restart', async ({ app }) => {
  await app.start()
  const page = app.page
  const path = await writeAndOpen(app, 'Heerlen stippen.werkbank.json', heerlenProject())
  await openPrioritise(app)

  // Switch the method; the scores stay in the file.
  await page.getByRole('radiogroup', { name: 'Methode' }).getByRole('radio', { name: 'Stippen' }).check()
  await tab(page, 'Stippen verdelen').click()
  await expect(page.getByTestId('prioritise-summary')).toHaveText('10 thema\'s op het bord · 4 van 24 deelnemers hebben stippen gegeven')

  await picker(page).selectOption({ label: 'Annie Kleijnen (0/3)' })
  const remaining = page.getByTestId('dots-remaining')
  await expect(remaining).toHaveText('Nog 3 van de 3 stippen over')
  const add = (theme: ThemeKey) => page.getByRole('button', { name: `Stip erbij voor ${title(theme)}` })
  const remove = (theme: ThemeKey) => page.getByRole('button', { name: `Stip eraf voor ${title(theme)}` })

  // By keyboard: focus the + button, press Enter / Space.
  await add('mantelzorg').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Space')
  await expect(remaining).toHaveText('Nog 1 van de 3 stippen over')
  await add('preventie').focus()
  await page.keyboard.press('Enter')
  await expect(remaining).toHaveText('Alle 3 stippen zijn gegeven')
  // No dots left: + does nothing (and keeps focus), − gives one back.
  await expect(add('armoede')).toHaveAttribute('aria-disabled', 'true')
  await add('armoede').focus()
  await page.keyboard.press('Enter')
  await expect(add('armoede')).toBeFocused()
  await expect(remaining).toHaveText('Alle 3 stippen zijn gegeven')
  await remove('mantelzorg').click()
  await expect(remaining).toHaveText('Nog 1 van de 3 stippen over')
  await add('preventie').click()
  await expect(page.getByTestId('dot-table').locator(`tr[data-theme-id="${id('preventie')}"] .dot-count`)).toHaveText('2 stippen')

  // Next participant: Anouk gives one dot to the SBT\'s.
  await page.getByRole('button', { name: 'Volgende deelnemer' }).click()
  await expect(picker(page).locator('option:checked')).toHaveText('Anouk Ummels (0/3)')
  await add('sbt').click()
  await expect(remaining).toHaveText('Nog 2 van de 3 stippen over')
  await expectSaved(app)
  const stored = ((await readProjectJson(path)) as unknown as ProjectFile).prioritisation
  expect(stored.method).toBe('dots')
  expect(stored.scores).toHaveLength(SCORES.length)
  expect(stored.dotVotes.filter((v) => v.participantId === ANNIE || v.participantId === 'p-24')).toEqual([
    { themeId: id('mantelzorg'), participantId: ANNIE, dots: 1 },
    { themeId: id('preventie'), participantId: ANNIE, dots: 2 },
    { themeId: id('sbt'), participantId: 'p-24', dots: 1 },
  ])
  await picker(page).selectOption({ label: 'Annie Kleijnen (3/3)' })
  await scrollToTop(page)
  await app.screenshot('prioritise-dots')

  // Fewer dots per participant: whoever gave more is flagged, here and in the ranking.
  await page.getByLabel('Stippen per deelnemer').selectOption('2')
  await expect(page.getByTestId('dots-over')).toHaveText(
    'Annie Kleijnen heeft 3 stippen gegeven: 1 meer dan de 2 die iedereen heeft. Haal er stippen af, of verhoog het aantal per deelnemer.',
  )
  await tab(page, 'Rangorde').click()
  await expect(page.getByTestId('overspent')).toContainText('Annie Kleijnen (3)')
  await expect(page.getByTestId('overspent')).toContainText('Sjef Houben (3)')
  await expect(page.getByTestId('overspent')).toContainText('Marco Heijnen (3)')
  await expect(page.getByTestId('overspent')).toContainText('Roy Crombach (3)')
  await expect(page.getByTestId('overspent')).toContainText('Ingrid Claessens (3)')
  await expect(page.getByTestId('overspent')).not.toContainText('Anouk Ummels')

  // Ranked by dots: preventie 2 + 2 + 2 = 6; sbt 1 + 3 + 1 = 5; burgerinitiatieven 3; ties share a place.
  const rows = await rankingRows(page)
  expect(rows.map((r) => [r.rank, r.title, r.total, r.shared])).toEqual([
    ['1', title('preventie'), '6', null],
    ['2', title('sbt'), '5', null],
    ['3', title('burgerinitiatieven'), '3', null],
    ['4', title('eenzaamheid'), '1', 'gedeeld 4e'],
    ['4', title('mantelzorg'), '1', 'gedeeld 4e'],
    [null, title('informeleZorg'), 'nog geen stippen', null],
    [null, title('armoede'), 'nog geen stippen', null],
    [null, title('jongeren'), 'nog geen stippen', null],
    [null, title('digitaal'), 'nog geen stippen', null],
    [null, title('gezondheid'), 'nog geen stippen', null],
  ])
  expect(rows[0]!.sub).toBe('van 3 deelnemers')
  // Under dot voting the longest bar is the theme with the most dots; the others in proportion.
  expect((await rankingBars(page)).map((bar) => bar?.percent ?? null)).toEqual(['100%', '83%', '50%', '17%', '17%', null, null, null, null, null])

  // Back to 3 dots: nobody over. Everything is back after a restart.
  await tab(page, 'Stippen verdelen').click()
  await page.getByLabel('Stippen per deelnemer').selectOption('3')
  await expect(page.getByTestId('dots-over')).toHaveCount(0)
  await expectSaved(app)
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openPrioritise(app)
  await expect(app.page.getByRole('radiogroup', { name: 'Methode' }).getByRole('radio', { name: 'Stippen' })).toBeChecked()
  await expect.poll(() => order(app.page)).toEqual([
    title('preventie'), title('sbt'), title('burgerinitiatieven'), title('eenzaamheid'), title('mantelzorg'),
    title('informeleZorg'), title('armoede'), title('jongeren'), title('digitaal'), title('gezondheid'),
  ])
})

test('the Heerlen example: 23 themes ranked, readable on a beamer', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExample(app)
  const folder = join(app.dataDir, 'Voorbeelden')
  const file = (await readdir(folder)).find((name) => name.endsWith('.werkbank.json'))!
  const example = (await readProjectJson(join(folder, file))) as unknown as ProjectFile
  const parked = new Set(example.boardColumns.filter((c) => c.role === 'parked').flatMap((c) => c.themeIds))
  const onBoard = example.themes.filter((t) => !parked.has(t.id))
  test.skip(onBoard.length === 0, 'the example has no themes yet')

  await openPrioritise(app)
  await tab(page, 'Rangorde').click()
  await expect(page.getByTestId('ranking').locator('tbody tr')).toHaveCount(onBoard.length)
  // The seeds: the group chose these three.
  const chosen = example.boardColumns.find((c) => c.role === 'chosen')!.themeIds
  const titleOf = new Map(example.themes.map((t) => [t.id, t.title]))
  const top = (await rankingRows(page)).slice(0, chosen.length)
  expect(top.map((r) => r.title).sort()).toEqual(chosen.map((themeId) => titleOf.get(themeId)!).sort())
  await app.screenshot('prioritise-ranking')

  await page.getByRole('button', { name: 'Beamerweergave' }).click()
  const beamer = page.getByTestId('beamer')
  await expect(beamer.getByRole('heading', { name: 'Rangorde van de thema\'s' })).toBeVisible()
  await expect(beamer.locator('.beamer-list li')).toHaveCount(onBoard.length)
  await app.screenshot('prioritise-beamer')
  await page.keyboard.press('Escape')
  await expect(beamer).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Beamerweergave' })).toBeFocused()

  await tab(page, 'Scores invoeren').click()
  await expect(page.getByTestId('score-grid').locator('tbody tr')).toHaveCount(onBoard.length)
  await page.locator('main').evaluate((main) => main.scrollTo(0, 700))
  await app.screenshot('prioritise-grid-scrolled')
})
