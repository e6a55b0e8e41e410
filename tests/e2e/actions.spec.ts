/**
 * Acties (issue 4, point 5): the action list across all meetings, filterable by open, overdue,
 * person and work group, with a text search; adding and editing an action through the real UI,
 * undoing and redoing a status change, checked on disk and after a restart.
 *
 * "Today" is fixed at 15 October 2019, in the middle of the Heerlen community, so that some
 * open actions are overdue and others are not. The expected lists are written out by hand from
 * the Heerlen fixture (tests/fixtures/heerlen.werkbank.json).
 */
import { expect, test, type WerkbankApp } from './fixtures'
import { expectSaved, goTo, openHeerlen, readProjectJson, redo, undo } from './helpers'

type Stored = { actions: Array<{ id: string; what: string; ownerId: string | null; deadline: string | null; status: string; workGroupId: string | null }> }

const OCTOBER_15_2019 = new Date('2019-10-15T12:00:00+02:00')

const rows = (app: WerkbankApp) => app.page.getByTestId('action-row')
const whats = (app: WerkbankApp) => rows(app).getByLabel('Wat moet er gebeuren?')
/** The "what" of each shown action, in list order. */
const shownWhats = (app: WerkbankApp) => whats(app).evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value))

// The open actions on 15 October 2019, deadline first (none last).
const SOCIALE_KAART = 'Sociale kaart van burgerinitiatieven afmaken' // 1 June 2019, in progress: overdue
const STUURGROEP = 'Advies bespreken met de stuurgroep' // 18 September 2019, in progress: overdue
const VRIJWILLIGERS = 'Vrijwilligersbijeenkomst voor initiatieven uit drie buurten organiseren' // 1 October 2019: overdue
const TRAINEN = 'Tien vrijwilligers trainen en begeleiden bij huisbezoeken aan 75-plussers' // 30 October 2019
const SPINNENWEB = 'Werkwijze spinnenweb vastleggen voor alle SBT’s' // 30 November 2019
const QUOTES = 'Quotes van de evaluatie uitwerken voor het artikel' // 15 January 2020
const BORGING = 'Borging bespreken met de klankbordgroep' // 31 January 2020
const HUISBEZOEKEN = 'Huisbezoeken 75-plussers plannen met tien getrainde vrijwilligers' // no deadline

test('filters the action list: open, overdue, all, per person, per work group, search', async ({ app }) => {
  await app.page.clock.setFixedTime(OCTOBER_15_2019)
  await app.start()
  await openHeerlen(app)
  await goTo(app, 'Acties')
  await expect(app.page.getByRole('heading', { level: 1, name: 'Acties' })).toBeVisible()
  await expect(app.page.getByTestId('actions-summary')).toHaveText('8 open · 3 te laat · 22 afgerond')
  await expect.poll(() => shownWhats(app)).toEqual([SOCIALE_KAART, STUURGROEP, VRIJWILLIGERS, TRAINEN, SPINNENWEB, QUOTES, BORGING, HUISBEZOEKEN])
  await expect(rows(app).filter({ hasText: 'Te laat' })).toHaveCount(3)
  await app.screenshot('actions-list')

  await app.page.getByRole('radio', { name: /^Te laat/ }).check()
  await expect.poll(() => shownWhats(app)).toEqual([SOCIALE_KAART, STUURGROEP, VRIJWILLIGERS])

  // All 30, done ones included, oldest deadline first and the one without a deadline last.
  await app.page.getByRole('radio', { name: /^Alle/ }).check()
  await expect(rows(app)).toHaveCount(30)
  const all = await shownWhats(app)
  expect(all.slice(0, 3)).toEqual(['Overzicht van de 23 thema’s met leervragen rondsturen', 'Verslag eerste bijeenkomst rondsturen', 'Scoreformulieren voor het prioriteren maken'])
  expect(all.at(-1)).toBe(HUISBEZOEKEN)
  expect(all).toEqual(expect.arrayContaining([SOCIALE_KAART, 'Spinnenweb positieve gezondheid uitproberen bij vijf nieuwe meldingen']))

  await app.page.getByLabel('Wie').first().selectOption({ label: 'Roy Crombach' })
  await expect.poll(() => shownWhats(app)).toEqual([
    'Eerste versie plan van aanpak preventie',
    'Knelpunten bij de overgang 18-min/18-plus in kaart brengen met jongerenconsulenten',
    'Training eenzaamheid voor vrijwilligers uitwerken met Alcander',
    'Advies 18-min/18-plus schrijven: warme overdracht en pilot-steunpunt',
  ])

  await app.page.getByLabel('Wie').first().selectOption({ label: 'Iedereen' })
  await app.page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: 'Functioneren van de sociale buurtteams (SBT’s)' })
  await app.page.getByRole('radio', { name: /^Open/ }).check()
  await expect.poll(() => shownWhats(app)).toEqual([SPINNENWEB])
  // The prevention group's open actions (from its plan of approach), the one without a deadline last.
  await app.page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: 'Preventie en vroegsignalering' })
  await expect.poll(() => shownWhats(app)).toEqual([TRAINEN, HUISBEZOEKEN])

  await app.page.getByRole('button', { name: 'Filters wissen' }).click()
  await app.page.getByRole('searchbox', { name: 'Zoeken' }).fill('spinnenweb')
  await expect.poll(() => shownWhats(app)).toEqual([SPINNENWEB])
  await app.page.getByRole('radio', { name: /^Alle/ }).check()
  await expect.poll(() => shownWhats(app)).toEqual(['Spinnenweb positieve gezondheid uitproberen bij vijf nieuwe meldingen', SPINNENWEB])

  // The source of an action opens its meeting's minutes.
  await app.page.getByRole('button', { name: /^Open de bijeenkomst Gastspreker positieve gezondheid/ }).click()
  await expect(app.page.getByTestId('meeting-title')).toHaveText('Gastspreker positieve gezondheid')
  await expect(app.page.getByRole('tab', { name: 'Verslag en acties', selected: true })).toBeVisible()
})

test('adds and edits an action, undoes and redoes a status change; it is on disk and survives a restart', async ({ app }) => {
  await app.page.clock.setFixedTime(OCTOBER_15_2019)
  await app.start()
  const path = await openHeerlen(app)
  await goTo(app, 'Acties')
  await app.page.getByRole('button', { name: 'Nieuwe actie' }).click()
  const fresh = rows(app).first()
  await expect(fresh.getByLabel('Wat moet er gebeuren?')).toBeFocused()
  await fresh.getByLabel('Wat moet er gebeuren?').fill('Nieuwe locatie zoeken in Heerlen-Noord')
  await fresh.getByLabel('Wie').selectOption({ label: 'Bart Notermans' })
  await fresh.getByLabel('Deadline').fill('2030-02-01')
  await expectSaved(app)
  let stored = (await readProjectJson(path)) as unknown as Stored
  const added = stored.actions.find((a) => a.what === 'Nieuwe locatie zoeken in Heerlen-Noord')
  expect(added).toMatchObject({ ownerId: 'p-15', deadline: '2030-02-01', status: 'open' })
  await expect(app.page.getByTestId('actions-summary')).toHaveText('9 open · 3 te laat · 22 afgerond')

  // Mark an overdue action done: it leaves the open list.
  await app.page.getByRole('searchbox', { name: 'Zoeken' }).fill('sociale kaart')
  // The new action stays on top while it is being filled in; the search found the other one.
  await expect(rows(app)).toHaveCount(2)
  const overdue = app.page.locator('[data-testid="action-row"][data-action-id="ac-11"]')
  await expect(overdue).toContainText('Te laat')
  await overdue.getByLabel('Status').selectOption({ label: 'Afgerond' })
  const after = '8 open · 2 te laat · 23 afgerond'
  await expect(app.page.getByTestId('actions-summary')).toHaveText(after)
  await expect(overdue).toHaveCount(0)
  const statusOnDisk = async () => {
    await expectSaved(app)
    return ((await readProjectJson(path)) as unknown as Stored).actions.find((a) => a.id === 'ac-11')?.status
  }
  expect(await statusOnDisk()).toBe('done')

  // Undo: back in progress, overdue and in the list again; redo: done.
  await undo(app)
  await expect(overdue.getByLabel('Status')).toHaveValue('inProgress')
  await expect(overdue).toContainText('Te laat')
  await expect(app.page.getByTestId('actions-summary')).toHaveText('9 open · 3 te laat · 22 afgerond')
  expect(await statusOnDisk()).toBe('inProgress')
  await redo(app)
  await expect(app.page.getByTestId('actions-summary')).toHaveText(after)
  await expect(overdue).toHaveCount(0)
  expect(await statusOnDisk()).toBe('done')

  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await goTo(app, 'Acties')
  await expect.poll(() => shownWhats(app)).toContain('Nieuwe locatie zoeken in Heerlen-Noord')
  await expect(app.page.getByTestId('actions-summary')).toHaveText(after)
  stored = (await readProjectJson(path)) as unknown as Stored
  expect(stored.actions.find((a) => a.id === 'ac-11')).toMatchObject({ status: 'done' })
})
