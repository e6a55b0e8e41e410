/**
 * Acties (issue 4, point 5): the action list across all meetings, filterable by open, overdue,
 * person and work group, with a text search; adding and editing an action through the real UI,
 * checked on disk and after a restart.
 */
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { countActions, emptyActionFilter, filterActions, meetingGroupIndex } from '../../shared/logic/actions'
import { amsterdamToday } from '../../shared/logic/meeting-time'
import type { ProjectFile } from '../../shared/model'
import { fixturePath, readFixtureJson } from '../fixtures/paths'
import { expect, test, type WerkbankApp } from './fixtures'
import { expectSaved, goTo, readProjectJson } from './helpers'

type Stored = { actions: Array<{ id: string; what: string; ownerId: string | null; deadline: string | null; status: string; workGroupId: string | null }> }

async function openHeerlen(app: WerkbankApp): Promise<string> {
  const path = join(app.docsDir, 'Heerlen.werkbank.json')
  await copyFile(fixturePath('heerlen.werkbank.json'), path)
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
  return path
}

// Expected lists come from the fixture through the (unit-tested) pure filter: other features add actions to the example too.
const fixture = () => readFixtureJson('heerlen.werkbank.json') as ProjectFile
const today = () => amsterdamToday(new Date())
const summaryOf = (c: { open: number; overdue: number; done: number }) => `${c.open} open · ${c.overdue} te laat · ${c.done} afgerond`
const expectedWhats = (filter: Partial<typeof emptyActionFilter>) =>
  filterActions(fixture().actions, { ...emptyActionFilter, ...filter }, today(), meetingGroupIndex(fixture().meetings)).map((a) => a.what)

const rows = (app: WerkbankApp) => app.page.getByTestId('action-row')
const whats = (app: WerkbankApp) => rows(app).getByLabel('Wat moet er gebeuren?')
/** The "what" of each shown action, in list order. */
const shownWhats = (app: WerkbankApp) => whats(app).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))

test('filters the action list: open, overdue, per person, per work group, search', async ({ app }) => {
  await app.start()
  await openHeerlen(app)
  await goTo(app, 'Acties')
  await expect(app.page.getByRole('heading', { level: 1, name: 'Acties' })).toBeVisible()
  const counts = countActions(fixture().actions, today())
  await expect(app.page.getByTestId('actions-summary')).toHaveText(summaryOf(counts))
  await expect.poll(() => shownWhats(app)).toEqual(expectedWhats({ view: 'open' }))
  await app.screenshot('actions-list')

  await app.page.getByRole('radio', { name: /^Te laat/ }).check()
  await expect(rows(app)).toHaveCount(counts.overdue)
  await app.page.getByRole('radio', { name: /^Alle/ }).check()
  await expect(rows(app)).toHaveCount(Math.min(counts.all, 100))

  await app.page.getByLabel('Wie').first().selectOption({ label: 'Roy Crombach' })
  await expect.poll(() => shownWhats(app)).toEqual(expectedWhats({ view: 'all', ownerId: 'p-13' }))
  expect(await shownWhats(app)).toEqual(expect.arrayContaining(['Eerste versie plan van aanpak preventie', 'Training eenzaamheid voor vrijwilligers uitwerken met Alcander']))

  await app.page.getByLabel('Wie').first().selectOption({ label: 'Iedereen' })
  await app.page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: 'Functioneren van de sociale buurtteams (SBT’s)' })
  await app.page.getByRole('radio', { name: /^Open/ }).check()
  await expect.poll(() => shownWhats(app)).toEqual(expectedWhats({ view: 'open', workGroupId: 'wg-03' }))
  expect(await shownWhats(app)).toContain('Werkwijze spinnenweb vastleggen voor alle SBT’s')

  await app.page.getByRole('button', { name: 'Filters wissen' }).click()
  await app.page.getByRole('searchbox', { name: 'Zoeken' }).fill('spinnenweb')
  await expect.poll(() => shownWhats(app)).toEqual(expectedWhats({ view: 'open', query: 'spinnenweb' }))
  await app.page.getByRole('radio', { name: /^Alle/ }).check()
  await expect.poll(() => shownWhats(app)).toEqual(expectedWhats({ view: 'all', query: 'spinnenweb' }))

  // The source of an action opens its meeting's minutes.
  await app.page.getByRole('button', { name: /^Open de bijeenkomst Gastspreker positieve gezondheid/ }).click()
  await expect(app.page.getByTestId('meeting-title')).toHaveText('Gastspreker positieve gezondheid')
  await expect(app.page.getByRole('tab', { name: 'Verslag en acties', selected: true })).toBeVisible()
})

test('adds and edits an action; it is on disk and survives a restart', async ({ app }) => {
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

  // Mark an overdue action done: it leaves the open list.
  await app.page.getByRole('searchbox', { name: 'Zoeken' }).fill('sociale kaart')
  // The new action stays on top while it is being filled in; the search found the other one.
  await expect(rows(app)).toHaveCount(2)
  const overdue = app.page.locator('[data-testid="action-row"][data-action-id="ac-11"]')
  await expect(overdue).toContainText('Te laat')
  await overdue.getByLabel('Status').selectOption({ label: 'Afgerond' })
  const before = countActions(fixture().actions, today())
  const after = summaryOf({ open: before.open, overdue: before.overdue - 1, done: before.done + 1 })
  await expect(app.page.getByTestId('actions-summary')).toHaveText(after)
  await expectSaved(app)
  stored = (await readProjectJson(path)) as unknown as Stored
  expect(stored.actions.find((a) => a.id === 'ac-11')?.status).toBe('done')

  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await goTo(app, 'Acties')
  await expect.poll(() => shownWhats(app)).toContain('Nieuwe locatie zoeken in Heerlen-Noord')
  await expect(app.page.getByTestId('actions-summary')).toHaveText(after)
})
