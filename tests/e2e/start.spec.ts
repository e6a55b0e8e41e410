import { copyFile, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ProjectFile } from '../../shared/model'
import { fixturePath } from '../fixtures/paths'
import { expect, test } from './fixtures'
import { createCommunity, expectSaved, goTo, openExample, readProjectJson } from './helpers'

test('the start screen offers new, open, the example and recent files', async ({ app }) => {
  await app.start()
  await expect(app.page.getByRole('heading', { name: 'Werkbank', level: 1 })).toBeVisible()
  await expect(app.page.getByRole('button', { name: 'Nieuwe leergemeenschap…' })).toBeVisible()
  await expect(app.page.getByRole('button', { name: 'Project openen…' })).toBeVisible()
  await expect(app.page.getByRole('button', { name: 'Voorbeeld: Leergemeenschap Heerlen STAND-BY!' })).toBeVisible()
  await expect(app.page.getByText('Nog geen recente projecten.')).toBeVisible()
  await app.screenshot('start-empty')

  await openExample(app)
  await expect(app.page.getByTestId('overview-screen')).toBeVisible()
  await app.screenshot('overview')
  await app.page.getByRole('button', { name: 'Project', exact: true }).click()
  await app.page.getByRole('button', { name: 'Project sluiten' }).click()

  const recent = app.page.getByTestId('recent-files')
  await expect(recent.getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ })).toBeVisible()
  await app.screenshot('start-recent')
  await recent.getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
})

test('creating a learning community writes a project file where the facilitator chose', async ({ app }) => {
  await app.start()
  const path = join(app.docsDir, 'Wijkleren Kerkrade.werkbank.json')
  app.dialogs.saveAnswers.push(path)
  await app.page.getByRole('button', { name: 'Nieuwe leergemeenschap…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Nieuwe leergemeenschap' })
  // The name is required: the form says so and nothing is created.
  await dialog.getByRole('button', { name: 'Kies een plek en maak aan…' }).click()
  await expect(dialog.getByText('Geef de leergemeenschap een naam.')).toBeVisible()
  await dialog.getByLabel('Naam van de leergemeenschap').fill('Leergemeenschap Wijkleren Kerkrade')
  await dialog.getByLabel('Startdatum').fill('2026-09-07')
  await dialog.getByLabel('Einddatum').fill('2026-01-31')
  await dialog.getByRole('button', { name: 'Kies een plek en maak aan…' }).click()
  await expect(dialog.getByText('De einddatum ligt vóór de startdatum.')).toBeVisible()
  await dialog.getByLabel('Einddatum').fill('2027-12-17')
  await dialog.getByLabel('Gemeente of regio').fill('Kerkrade')
  await dialog.getByLabel('Opdrachtgever').fill('Gemeente Kerkrade, team Sociaal Domein')
  await dialog.getByLabel('Procesbegeleider').fill('Femke Janssen')
  await dialog.getByLabel('Korte omschrijving').fill('Bewoners en professionals uit Kerkrade-West leren samen over eenzaamheid onder ouderen.')
  await dialog.getByLabel('Doel').fill('Samen werkwijzen ontwikkelen om eenzaamheid eerder te signaleren.')
  await dialog.getByLabel('Centrale vraag').fill('Hoe signaleren we eenzaamheid onder ouderen eerder, samen met bewoners?')
  await app.screenshot('new-community-form')
  await dialog.getByRole('button', { name: 'Kies een plek en maak aan…' }).click()

  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Wijkleren Kerkrade')
  expect(app.dialogs.asked).toContainEqual({ kind: 'save', suggestedName: 'Leergemeenschap Wijkleren Kerkrade.werkbank.json' })
  const overview = app.page.getByTestId('overview-screen')
  await expect(overview.getByText('7 september 2026 – 17 december 2027').first()).toBeVisible()
  await expect(overview.getByText('Femke Janssen')).toBeVisible()
  await expect(app.page.getByTestId('overview-participants')).toContainText('Nog geen deelnemers')
  // Themes and work groups: nothing yet, and the card says where to start.
  await expect(app.page.getByTestId('overview-themes')).toContainText("Nog geen gesprekken of thema's.")
  await expect(app.page.getByTestId('overview-workgroups')).toContainText('Nog geen werkgroepen.')
  await expect(app.page.getByTestId('overview-workgroup-flags')).toHaveCount(0)
  await expect(app.page.getByTestId('placeholder-nextMeeting')).toBeVisible()
  await app.screenshot('overview-new')

  const onDisk = await readProjectJson(path)
  expect(onDisk).toMatchObject({
    format: 'werkbank',
    schemaVersion: 1,
    community: { name: 'Leergemeenschap Wijkleren Kerkrade', startDate: '2026-09-07', endDate: '2027-12-17', region: 'Kerkrade' },
  })
})

test('cancelling the save dialog creates nothing', async ({ app }) => {
  await app.start()
  await app.page.getByRole('button', { name: 'Nieuwe leergemeenschap…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Nieuwe leergemeenschap' })
  await dialog.getByLabel('Naam van de leergemeenschap').fill('Nooit aangemaakt')
  await dialog.getByRole('button', { name: 'Kies een plek en maak aan…' }).click()
  // The scripted dialog had no answer: the user cancelled. The form stays, with what was typed.
  await expect(dialog.getByLabel('Naam van de leergemeenschap')).toHaveValue('Nooit aangemaakt')
  await expect(app.page.getByTestId('project-name')).toHaveCount(0)
})

test('the overview counts participants by category', async ({ app }) => {
  await app.start()
  await openExample(app)
  const example = await readProjectJson(join(app.dataDir, 'Voorbeelden', 'Voorbeeld Leergemeenschap Heerlen STAND-BY!.werkbank.json'))
  const active = example.participants.filter((p) => p.active !== false)
  const professionals = active.filter((p) => p.category === 'professional').length
  const card = app.page.getByTestId('overview-participants')
  await expect(card).toContainText(`${active.length} actieve deelnemers`)
  await expect(card.locator('[data-category="professional"] .category-count')).toHaveText(String(professionals))
})

test('the overview shows the interviews, themes and work groups of the example, with buttons to their screens', async ({ app }) => {
  await app.start()
  await openExample(app)
  const example = (await readProjectJson(join(app.dataDir, 'Voorbeelden', 'Voorbeeld Leergemeenschap Heerlen STAND-BY!.werkbank.json'))) as unknown as ProjectFile
  const page = app.page

  const themes = page.getByTestId('overview-themes')
  await expect(themes.locator('[data-stat="interviews"] dd')).toHaveText(String(example.interviews.length))
  await expect(themes.locator('[data-stat="themes"] dd')).toHaveText(String(example.themes.length))
  const chosenIds = example.boardColumns.find((c) => c.role === 'chosen')!.themeIds
  await expect(themes.locator('[data-stat="chosen"] dd')).toHaveText(String(chosenIds.length))
  await expect(themes.locator('.overview-chosen li')).toHaveText(chosenIds.map((id) => example.themes.find((t) => t.id === id)!.title))
  await expect(themes).toContainText('17 ingebracht · 3 geparkeerd')

  const groups = page.getByTestId('overview-workgroups')
  await expect(groups.locator('.overview-groups li')).toHaveCount(example.workGroups.length)
  const first = example.workGroups[0]!
  const lead = example.participants.find((p) => p.id === first.leadId)!.name
  await expect(groups.locator(`[data-workgroup-id="${first.id}"]`)).toContainText(`${first.name}${first.memberIds.length} leden · kartrekker ${lead}`)
  await expect(page.getByTestId('overview-workgroup-flags').locator('li')).toHaveText(['!2 deelnemers nog zonder werkgroep'])
  await themes.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  await app.screenshot('overview-themes')

  await themes.getByRole('button', { name: 'Gesprekken bekijken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprekken' })).toBeVisible()
  await goTo(app, 'Overzicht')
  await groups.getByRole('button', { name: 'Werkgroepen bekijken' }).click()
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: /^Werkgroepen/ })).toHaveAttribute('aria-current', 'page')
})

test('the overview flags a work group without a kartrekker', async ({ app }) => {
  const project = JSON.parse(await readFile(fixturePath('heerlen.werkbank.json'), 'utf8')) as ProjectFile
  project.workGroups[1]!.leadId = null
  const path = join(app.docsDir, 'Zonder kartrekker.werkbank.json')
  await writeFile(path, JSON.stringify(project, null, 2), 'utf8')
  await app.start()
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  const groups = app.page.getByTestId('overview-workgroups')
  await expect(groups.locator(`[data-workgroup-id="${project.workGroups[1]!.id}"]`)).toContainText('geen kartrekker')
  await expect(app.page.getByTestId('overview-workgroup-flags').locator('li')).toHaveText([
    '!2 deelnemers nog zonder werkgroep',
    '!1 werkgroep zonder kartrekker',
  ])
})

test('opening a project file through the open dialog, and an older (v0) file is migrated without writing', async ({ app }) => {
  const path = join(app.docsDir, 'prototype.werkbank.json')
  await copyFile(fixturePath('v0', 'heerlen-prototype.werkbank.json'), path)
  const before = await readFile(path)
  await app.start()
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toBeVisible()
  await expect(app.page.getByText('Dit project kwam uit een oudere versie van Werkbank')).toBeVisible()
  await app.screenshot('migrated-notice')
  expect(await readFile(path)).toEqual(before)
})

test('the language switches to English and stays English after a restart', async ({ app }) => {
  await app.start()
  await app.page.getByRole('button', { name: 'EN', exact: true }).click()
  await expect(app.page.getByRole('button', { name: 'New learning community…' })).toBeVisible()
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'en')
  await app.reopen()
  await expect(app.page.getByRole('button', { name: 'New learning community…' })).toBeVisible()
  await app.page.getByRole('button', { name: /^Example/ }).click()
  await expect(app.page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: /^Participants/ })).toBeVisible()
  await expect(app.page.getByText('5 September 2018 – 31 December 2019').first()).toBeVisible()
  await app.screenshot('overview-en')
  await app.page.getByRole('button', { name: 'NL', exact: true }).click()
  await expect(app.page.getByText('5 september 2018 – 31 december 2019').first()).toBeVisible()
  await expect(app.page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible()
})

test('close and reopen: the project and the recent list survive a restart', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Brunssum Samen', 'Brunssum.werkbank.json')
  await expectSaved(app)
  const stats = await stat(path)
  expect(stats.size).toBeGreaterThan(100)
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Brunssum Samen/ }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Brunssum Samen')
  await goTo(app, 'Overzicht')
  await expect(app.page.getByTestId('overview-screen')).toBeVisible()
})
