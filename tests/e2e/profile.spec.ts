import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const openProfile = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Profiel', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Profiel' })).toBeVisible()
}

const openExampleProfile = async (page: Page) => {
  await page.getByRole('button', { name: /Voorbeeld/ }).click()
  await expect(page.getByTestId('project-name')).toContainText('Heerlen')
  await openProfile(page)
}

const progress = (page: Page) => page.getByTestId('profile-progress')
const soundingBoard = (page: Page) => page.getByRole('region', { name: 'Klankbordgroep', exact: true })
const steeringGroup = (page: Page) => page.getByRole('region', { name: 'Stuurgroep', exact: true })

test('the example profile: every section filled, a table of contents, the stakeholders listed', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExampleProfile(page)

  await expect(progress(page)).toHaveText('20 van 20 onderdelen ingevuld')
  await expect(page.getByLabel('Naam van de leergemeenschap')).toHaveValue('Leergemeenschap Heerlen STAND-BY!')
  await expect(page.getByLabel('Startdatum')).toHaveValue('2018-09-05')
  await expect(page.getByLabel('Startdatum')).toHaveAccessibleDescription('5 september 2018')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('finished')
  await expect(page.getByLabel('Toelichting bij de afronding')).toHaveValue(/borging/)
  // Survey wording as hints beside the fields.
  await expect(page.getByLabel('Werkwijze of methodiek')).toHaveAccessibleDescription(/Welke werkwijze of methodiek wordt gehanteerd en waarom\?/)

  const toc = page.getByRole('navigation', { name: 'Onderdelen van het profiel' })
  await expect(toc.getByRole('link')).toHaveCount(7)
  await expect(toc.getByRole('link', { name: /De leergemeenschap/ })).toHaveAttribute('aria-current', 'location')
  await app.screenshot('profile')

  // Engagement per category as a radio group.
  const residents = page.getByRole('group', { name: 'Betrokkenheid van Buurtbewoners en vrijwilligers' })
  await expect(residents.getByRole('radio', { name: '5 zeer hoog' })).toBeChecked()
  await expect(residents.getByRole('radio')).toHaveCount(6)

  await toc.getByRole('link', { name: /Klankbordgroep en stuurgroep/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: /Klankbordgroep en stuurgroep/ })).toBeFocused()
  await expect(steeringGroup(page).getByTestId('stakeholder-row')).toHaveCount(4)
  await expect(soundingBoard(page).getByTestId('stakeholder-row')).toHaveCount(8)
  await expect(steeringGroup(page)).toContainText('Gemeente Heerlen')
  await expect(page.getByRole('heading', { level: 2, name: /Klankbordgroep en stuurgroep/ })).toBeInViewport()
  await expect(toc.getByRole('link', { name: /Klankbordgroep en stuurgroep/ })).toHaveAttribute('aria-current', 'location')
  // Scroll on to the end: the stuurgroep and the add buttons; the contents stay in view.
  await page.mouse.move(860, 500)
  await page.mouse.wheel(0, 3000)
  await expect(steeringGroup(page).getByRole('button', { name: 'Lid van de stuurgroep toevoegen' })).toBeInViewport()
  await expect(toc).toBeInViewport()
  await app.screenshot('profile-stakeholders')
})

test('a new community: fill the profile, see it saved to disk and back after reopening', async ({ app }) => {
  await app.start()
  let page = app.page
  const file = join(app.docsDir, 'Leergemeenschap Maastricht-Zuid.werkbank.json')
  app.dialogs.saveAnswers.push(file)
  await page.getByRole('button', { name: 'Nieuwe leergemeenschap…' }).click()
  await page.getByLabel('Naam van de leergemeenschap').fill('Leergemeenschap Maastricht-Zuid')
  await page.getByRole('button', { name: 'Kies een plek en maak aan…' }).click()
  await expect(page.getByTestId('project-name')).toHaveText('Leergemeenschap Maastricht-Zuid')
  await openProfile(page)

  // The empty profile teaches what belongs where.
  await expect(progress(page)).toHaveText('0 van 20 onderdelen ingevuld')
  const rows = page.getByTestId('category-row')
  await expect(rows).toHaveCount(6)
  await expect(rows.getByRole('radio', { name: 'nog niet ingeschat' })).toHaveCount(6)
  for (const radio of await rows.getByRole('radio', { name: 'nog niet ingeschat' }).all()) await expect(radio).toBeChecked()
  await expect(steeringGroup(page)).toContainText(
    'Nog niemand in de stuurgroep. De stuurgroep draagt de eindverantwoordelijkheid; voeg de leden toe.',
  )
  await app.screenshot('profile-empty')

  // Text, date, select.
  await page.getByLabel('Gemeente of regio').fill('Gemeente Maastricht, wijk Heer')
  await page.getByLabel('Startdatum').fill('2019-02-01')
  await expect(progress(page)).toHaveText('1 van 20 onderdelen ingevuld')
  await page.getByLabel('Einddatum').fill('2018-12-31')
  await expect(page.getByText('De einddatum ligt vóór de startdatum.')).toBeVisible()

  // Name validation: an empty name is refused and the stored one stays.
  const name = page.getByLabel('Naam van de leergemeenschap')
  await name.fill('')
  await expect(page.getByText('Geef de leergemeenschap een naam.')).toBeVisible()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('project-name')).toHaveText('Leergemeenschap Maastricht-Zuid')
  await page.getByRole('heading', { level: 1, name: 'Profiel' }).scrollIntoViewIfNeeded()
  await app.screenshot('profile-errors')
  await name.fill('Leergemeenschap Maastricht-Zuid en Heer')
  await expect(page.getByText('Geef de leergemeenschap een naam.')).toBeHidden()
  await expect(page.getByTestId('project-name')).toHaveText('Leergemeenschap Maastricht-Zuid en Heer')
  await page.getByLabel('Einddatum').fill('2020-06-30')
  await expect(page.getByText('De einddatum ligt vóór de startdatum.')).toBeHidden()

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Gestopt' })
  await page.getByLabel('Waarom gestopt?').fill('De subsidie van de gemeente liep af.')
  await page.getByLabel('Initiatiefnemer').fill('Zuyd Hogeschool, samen met de gemeente Maastricht')
  await page.getByLabel('Doel', { exact: true }).fill('Samen de ondersteuning in de wijk verbeteren.')
  await page.getByLabel('Centrale vraag').fill('Hoe signaleren we eenzaamheid eerder?')
  await page.getByLabel('Werkwijze of methodiek').fill('Actieonderzoek in cycli.')
  await expect(progress(page)).toHaveText('5 van 20 onderdelen ingevuld')

  // Categories: rename one and estimate it, add one of our own.
  await page.getByLabel('Naam van categorie 2').fill('Wijkverpleegkundigen')
  const nurses = page.getByRole('group', { name: 'Betrokkenheid van Wijkverpleegkundigen' })
  await expect(nurses.getByRole('radio', { name: 'nog niet ingeschat' })).toBeChecked()
  await nurses.getByRole('radio', { name: '4 hoog' }).check()
  await expect(progress(page)).toHaveText('6 van 20 onderdelen ingevuld')
  await page.getByRole('button', { name: 'Categorie toevoegen' }).click()
  await expect(rows).toHaveCount(7)
  const newCategory = page.getByLabel('Naam van categorie 7')
  await expect(newCategory).toBeFocused()
  await newCategory.fill('Ervaringsdeskundigen')
  await page.getByRole('group', { name: 'Betrokkenheid van Ervaringsdeskundigen' }).getByRole('radio', { name: '5 zeer hoog' }).check()

  // One member in each body.
  await steeringGroup(page).getByRole('button', { name: 'Lid van de stuurgroep toevoegen' }).click()
  await expect(steeringGroup(page).getByLabel('Naam')).toBeFocused()
  await steeringGroup(page).getByLabel('Naam').fill('Ingrid Claessens')
  await steeringGroup(page).getByLabel('Organisatie').fill('Gemeente Maastricht')
  await steeringGroup(page).getByLabel('Rol').fill('wethouder zorg')
  await steeringGroup(page).getByRole('button', { name: 'Klaar' }).click()
  await expect(steeringGroup(page).getByTestId('stakeholder-row')).toHaveText(/Ingrid Claessens · wethouder zorg\s*Gemeente Maastricht/)
  await expect(steeringGroup(page).getByRole('button', { name: 'Ingrid Claessens (stuurgroep) bewerken' })).toBeFocused()

  await soundingBoard(page).getByRole('button', { name: 'Lid van de klankbordgroep toevoegen' }).click()
  await soundingBoard(page).getByLabel('Naam').fill('Tom Hermans')
  await soundingBoard(page).getByLabel('Organisatie').fill('Trajekt')
  await soundingBoard(page).getByLabel('Rol').press('Enter')
  await expect(soundingBoard(page).getByTestId('stakeholder-row')).toHaveText(/Tom Hermans\s*Trajekt/)
  await expect(page.getByRole('navigation', { name: 'Onderdelen van het profiel' })).toContainText('2 leden')

  // Saved: the values are in the project file on disk.
  await expect(page.getByTestId('save-status')).toContainText('Opgeslagen')
  const saved = JSON.parse(await readFile(file, 'utf8'))
  expect(saved.community).toMatchObject({
    name: 'Leergemeenschap Maastricht-Zuid en Heer',
    startDate: '2019-02-01',
    endDate: '2020-06-30',
    region: 'Gemeente Maastricht, wijk Heer',
    goal: 'Samen de ondersteuning in de wijk verbeteren.',
    centralQuestion: 'Hoe signaleren we eenzaamheid eerder?',
  })
  expect(saved.profile).toMatchObject({
    status: 'stopped',
    statusNote: 'De subsidie van de gemeente liep af.',
    initiator: 'Zuyd Hogeschool, samen met de gemeente Maastricht',
    method: 'Actieonderzoek in cycli.',
  })
  expect(saved.profile.categoryEngagement).toHaveLength(7)
  expect(saved.profile.categoryEngagement[1]).toMatchObject({ label: 'Wijkverpleegkundigen', engagement: 4 })
  expect(saved.profile.categoryEngagement[6]).toMatchObject({ label: 'Ervaringsdeskundigen', engagement: 5 })
  expect(saved.profile.categoryEngagement[0]).toMatchObject({ label: 'Buurtbewoners en vrijwilligers', engagement: null })
  expect(saved.stakeholders).toEqual([
    expect.objectContaining({ body: 'steeringGroup', name: 'Ingrid Claessens', organisation: 'Gemeente Maastricht', role: 'wethouder zorg' }),
    expect.objectContaining({ body: 'soundingBoard', name: 'Tom Hermans', organisation: 'Trajekt', role: '' }),
  ])

  // Close and reopen the app; open the project from the recent list.
  await app.reopen()
  page = app.page
  await page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Maastricht-Zuid/ }).click()
  await expect(page.getByTestId('project-name')).toHaveText('Leergemeenschap Maastricht-Zuid en Heer')
  await openProfile(page)
  await expect(progress(page)).toHaveText('6 van 20 onderdelen ingevuld')
  await expect(page.getByLabel('Naam van de leergemeenschap')).toHaveValue('Leergemeenschap Maastricht-Zuid en Heer')
  await expect(page.getByLabel('Gemeente of regio')).toHaveValue('Gemeente Maastricht, wijk Heer')
  await expect(page.getByLabel('Startdatum')).toHaveValue('2019-02-01')
  await expect(page.getByLabel('Einddatum')).toHaveValue('2020-06-30')
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('stopped')
  await expect(page.getByLabel('Waarom gestopt?')).toHaveValue('De subsidie van de gemeente liep af.')
  await expect(page.getByLabel('Werkwijze of methodiek')).toHaveValue('Actieonderzoek in cycli.')
  await expect(page.getByLabel('Naam van categorie 2')).toHaveValue('Wijkverpleegkundigen')
  await expect(page.getByRole('group', { name: 'Betrokkenheid van Wijkverpleegkundigen' }).getByRole('radio', { name: '4 hoog' })).toBeChecked()
  await expect(page.getByRole('group', { name: 'Betrokkenheid van Ervaringsdeskundigen' }).getByRole('radio', { name: '5 zeer hoog' })).toBeChecked()
  await expect(steeringGroup(page)).toContainText('Ingrid Claessens')
  await expect(soundingBoard(page)).toContainText('Tom Hermans')
})

test('undo and redo: a burst of typing is one step; removals come back', async ({ app }) => {
  await app.start()
  const page = app.page
  await openExampleProfile(page)

  const goal = page.getByLabel('Doel', { exact: true })
  const before = await goal.inputValue()
  await goal.click()
  await goal.press('Control+End')
  await goal.pressSequentially(' Eerste aanvulling.')
  await expect(goal).toHaveValue(`${before} Eerste aanvulling.`)
  // A pause longer than the merge window starts a new step.
  await page.waitForTimeout(1700)
  await goal.pressSequentially(' Tweede.')
  await expect(goal).toHaveValue(`${before} Eerste aanvulling. Tweede.`)

  await page.keyboard.press('Control+z')
  await expect(goal).toHaveValue(`${before} Eerste aanvulling.`)
  await page.keyboard.press('Control+z')
  await expect(goal).toHaveValue(before)
  await page.keyboard.press('Control+Shift+Z')
  await expect(goal).toHaveValue(`${before} Eerste aanvulling.`)
  await page.keyboard.press('Control+Shift+Z')
  await expect(goal).toHaveValue(`${before} Eerste aanvulling. Tweede.`)

  // An engagement choice is one step.
  const students = page.getByRole('group', { name: 'Betrokkenheid van Studenten verpleegkunde en ergotherapie' })
  await students.getByRole('radio', { name: '1 zeer laag' }).check()
  await page.keyboard.press('Control+z')
  await expect(students.getByRole('radio', { name: '3 gemiddeld' })).toBeChecked()

  // Removing a category: a notice with "Ongedaan maken"; Ctrl+Z works as well.
  const rows = page.getByTestId('category-row')
  await expect(rows).toHaveCount(6)
  await page.getByRole('button', { name: 'Beleidsmedewerkers gemeente Heerlen verwijderen' }).click()
  await expect(rows).toHaveCount(5)
  await expect(page.getByRole('status').filter({ hasText: 'Categorie “Beleidsmedewerkers gemeente Heerlen” verwijderd.' })).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(rows).toHaveCount(6)
  await expect(page.getByLabel('Naam van categorie 5')).toHaveValue('Beleidsmedewerkers gemeente Heerlen')

  // Removing a steering group member, undone from the notice.
  await steeringGroup(page).getByRole('button', { name: 'Monique Rutten uit de stuurgroep verwijderen' }).click()
  await expect(steeringGroup(page).getByTestId('stakeholder-row')).toHaveCount(3)
  await expect(steeringGroup(page).getByRole('button', { name: 'Lid van de stuurgroep toevoegen' })).toBeFocused()
  await steeringGroup(page).getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(steeringGroup(page).getByTestId('stakeholder-row')).toHaveCount(4)
  await expect(steeringGroup(page)).toContainText('Monique Rutten')

  // Editing a member in place, then undoing the rename.
  await steeringGroup(page).getByRole('button', { name: 'Frank Bastiaens (stuurgroep) bewerken' }).click()
  await steeringGroup(page).getByLabel('Rol').fill('lector Wijkgerichte Zorg')
  await steeringGroup(page).getByLabel('Rol').press('Escape')
  await expect(steeringGroup(page)).toContainText('Frank Bastiaens · lector Wijkgerichte Zorg')
  await page.keyboard.press('Control+z')
  await expect(steeringGroup(page)).not.toContainText('lector Wijkgerichte Zorg')

  // Removing every category leaves an empty state that offers the first action.
  for (let count = 6; count > 0; count--) {
    await rows.first().getByRole('button', { name: /verwijderen$/ }).click()
    await expect(rows).toHaveCount(count - 1)
  }
  const empty = page.getByTestId('empty-state').filter({ hasText: 'Nog geen categorieën deelnemers' })
  await expect(empty).toBeVisible()
  await expect(empty.getByRole('button', { name: 'Categorie toevoegen' })).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(rows).toHaveCount(1)
  await expect(page.getByLabel('Naam van categorie 1')).toHaveValue('Management Heerlen STAND-BY!')

  await expect(page.getByTestId('save-status')).toContainText('Opgeslagen')
})
