import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fixturePath } from '../fixtures/paths'
import { expect, test } from './fixtures'
import { createCommunity, expectSaved, goTo, readProjectJson } from './helpers'

test('every edit is saved within a second, with a visible status', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Landgraaf', 'Landgraaf.werkbank.json')
  await goTo(app, 'Profiel')
  const region = app.page.getByLabel('Gemeente of regio')
  await region.fill('Landgraaf, wijk Schaesberg')
  // The status moves off "saved" while the change is on its way…
  await expect(app.page.getByTestId('save-status')).not.toHaveAttribute('data-kind', 'saved', { timeout: 500 }).catch(() => undefined)
  // …and the change is on disk within a second.
  await expect
    .poll(async () => ((await readProjectJson(path)).community as { region: string }).region, { timeout: 1_000, intervals: [100] })
    .toBe('Landgraaf, wijk Schaesberg')
  await expectSaved(app)
  await expect(app.page.getByTestId('save-status')).toContainText(/Opgeslagen om \d\d:\d\d/)
})

test('undo and redo work across the whole session, by keyboard, button and menu', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Voerendaal', 'Voerendaal.werkbank.json')
  await goTo(app, 'Profiel')
  const region = app.page.getByLabel('Gemeente of regio')
  await region.fill('Voerendaal')
  await expectSaved(app)
  await goTo(app, 'Deelnemers')
  await app.page.getByRole('button', { name: 'Eerste deelnemer toevoegen' }).click()
  await app.page.getByLabel('Naam', { exact: true }).fill('Anouk Hermans')
  await app.page.getByRole('button', { name: /^(Toevoegen|Deelnemer toevoegen|Opslaan)$/ }).last().click()
  await expect(app.page.getByRole('cell', { name: /Anouk Hermans/ }).first()).toBeVisible()
  await expectSaved(app)

  // Ctrl+Z undoes the participant, then (on another screen's data) the region: session-wide.
  await app.page.keyboard.press('Escape')
  await app.page.locator('body').press('Control+z')
  await expect(app.page.getByRole('cell', { name: /Anouk Hermans/ })).toHaveCount(0)
  await app.page.getByRole('button', { name: 'Ongedaan maken' }).click()
  await goTo(app, 'Profiel')
  await expect(app.page.getByLabel('Gemeente of regio')).toHaveValue('')
  await expectSaved(app)
  expect((await readProjectJson(path)).participants).toHaveLength(0)

  // Redo from the application menu (main process → renderer event) and with Ctrl+Shift+Z.
  await app.emit({ type: 'menu.redo' })
  await expect(app.page.getByLabel('Gemeente of regio')).toHaveValue('Voerendaal')
  await app.page.locator('body').press('Control+Shift+z')
  await goTo(app, 'Deelnemers')
  await expect(app.page.getByRole('cell', { name: /Anouk Hermans/ }).first()).toBeVisible()
  await app.emit({ type: 'menu.undo' })
  await expect(app.page.getByRole('cell', { name: /Anouk Hermans/ })).toHaveCount(0)
  await expectSaved(app)
  expect((await readProjectJson(path)).participants).toHaveLength(0)
})

test('a change made by another program is detected: the app asks before overwriting', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Simpelveld', 'Simpelveld.werkbank.json')
  await expectSaved(app)
  // A colleague's program edits the file on disk meanwhile.
  const theirs = await readProjectJson(path)
  ;(theirs.community as { goal: string }).goal = 'Doel van de collega'
  await writeFile(path, JSON.stringify(theirs, null, 2))
  const theirBytes = await readFile(path)

  await goTo(app, 'Profiel')
  await app.page.getByLabel('Gemeente of regio').fill('Simpelveld')
  const dialog = app.page.getByTestId('conflict-dialog')
  await expect(dialog).toBeVisible()
  await expect(app.page.getByTestId('save-status')).toHaveAttribute('data-kind', 'conflict')
  await app.screenshot('conflict')
  // Nothing was overwritten while the app waits for an answer.
  expect(await readFile(path)).toEqual(theirBytes)

  await dialog.getByRole('button', { name: 'Mijn versie opslaan (overschrijven)' }).click()
  await expect(dialog).toBeHidden()
  await expectSaved(app)
  const mine = await readProjectJson(path)
  expect((mine.community as { region: string }).region).toBe('Simpelveld')
})

test('choosing the version on disk after a conflict reloads it', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Gulpen', 'Gulpen.werkbank.json')
  await expectSaved(app)
  const theirs = await readProjectJson(path)
  ;(theirs.community as { region: string }).region = 'Gulpen-Wittem'
  await writeFile(path, JSON.stringify(theirs, null, 2))
  await goTo(app, 'Profiel')
  await app.page.getByLabel('Procesbegeleider').fill('Iemand anders')
  await app.page.getByTestId('conflict-dialog').getByRole('button', { name: /Versie van schijf openen/ }).click()
  await goTo(app, 'Profiel')
  await expect(app.page.getByLabel('Gemeente of regio')).toHaveValue('Gulpen-Wittem')
  await expect(app.page.getByLabel('Procesbegeleider')).toHaveValue('')
  // The reloaded file is open for saving again.
  await app.page.getByLabel('Procesbegeleider').fill('Sanne Ramakers')
  await expectSaved(app)
  const onDisk = await readProjectJson(path)
  expect(onDisk.community).toMatchObject({ region: 'Gulpen-Wittem', facilitator: 'Sanne Ramakers' })
})

test('a backup of an earlier version can be restored', async ({ app }) => {
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Beek', 'Beek.werkbank.json')
  await goTo(app, 'Profiel')
  await app.page.getByLabel('Gemeente of regio').fill('Beek')
  await expectSaved(app)
  await app.page.getByRole('button', { name: 'Project', exact: true }).click()
  await app.page.getByRole('button', { name: 'Reservekopieën…' }).click()
  const dialog = app.page.getByTestId('backups-dialog')
  await expect(dialog.getByRole('listitem')).toHaveCount(1)
  await app.screenshot('backups')
  await dialog.getByRole('button', { name: 'Terugzetten' }).click()
  await expect(app.page.getByText(/De reservekopie van .* is teruggezet/)).toBeVisible()
  await goTo(app, 'Profiel')
  await expect(app.page.getByLabel('Gemeente of regio')).toHaveValue('')
  expect(((await readProjectJson(path)).community as { region: string }).region).toBe('')
})

test('data this version does not know survives opening, editing and saving', async ({ app }) => {
  const path = join(app.docsDir, 'van-een-collega.werkbank.json')
  await copyFile(fixturePath('unknown-keys.werkbank.json'), path)
  const original = JSON.parse(await readFile(path, 'utf8'))
  await app.start()
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await goTo(app, 'Profiel')
  await app.page.getByLabel('Gemeente of regio').fill('Sittard-Geleen')
  await expectSaved(app)
  const saved = await readProjectJson(path)
  // Every key of the original is still there, at every level; only the edited field changed.
  const expected = structuredClone(original)
  expected.community.region = 'Sittard-Geleen'
  expect(saved).toEqual(expected)
})

test('the menu opens a project and a second instance hands its file to the first', async ({ app }) => {
  const path = join(app.docsDir, 'tweede.werkbank.json')
  await copyFile(fixturePath('networks', 'zwolle-leerinfrastructuur-sociaal-wijkteams.werkbank.json'), path)
  await app.start()
  await app.emit({ type: 'project.openRequested', path })
  await expect(app.page.getByTestId('project-name')).toHaveText('Leerinfrastructuur sociaal wijkteams')
  const heerlen = join(app.docsDir, 'heerlen.werkbank.json')
  await copyFile(fixturePath('heerlen.werkbank.json'), heerlen)
  app.dialogs.openAnswers.push(heerlen)
  await app.emit({ type: 'menu.open' })
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
  await app.emit({ type: 'menu.new' })
  await expect(app.page.getByRole('dialog', { name: 'Nieuwe leergemeenschap' })).toBeVisible()
})

test('leaving the project saves what is still pending; a change that cannot be saved is never dropped without asking', async ({ app }) => {
  // Frozen timers: the autosave's own timer never fires, so only leaving can save the change.
  await app.page.clock.install()
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Eijsden', 'Eijsden.werkbank.json')
  await goTo(app, 'Profiel')
  await app.page.getByLabel('Gemeente of regio').fill('Eijsden-Margraten')
  await expect(app.page.getByTestId('save-status')).not.toHaveAttribute('data-kind', 'saved')
  await app.page.getByRole('button', { name: 'Project', exact: true }).click()
  await app.page.getByRole('button', { name: 'Project sluiten' }).click()
  await expect(app.page.getByRole('button', { name: 'Nieuwe leergemeenschap…' })).toBeVisible()
  expect(((await readProjectJson(path)).community as { region: string }).region).toBe('Eijsden-Margraten')

  // Open it again, and make the next save fail: the file's place is taken by a folder.
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Eijsden')
  await rm(path)
  await mkdir(path)
  await goTo(app, 'Profiel')
  await app.page.getByLabel('Procesbegeleider').fill('Noor Habets')
  await app.page.getByRole('button', { name: 'Project', exact: true }).click()
  await app.page.getByRole('button', { name: 'Project sluiten' }).click()
  const guard = app.page.getByTestId('leave-guard')
  await expect(guard).toBeVisible()
  await expect(guard).toContainText('Je laatste wijzigingen zijn niet opgeslagen')
  await app.screenshot('leave-guard')
  // Going back keeps the project and the change.
  await guard.getByRole('button', { name: 'Terug naar het project' }).click()
  await expect(guard).toBeHidden()
  await expect(app.page.getByLabel('Procesbegeleider')).toHaveValue('Noor Habets')

  // Asked again, the change is saved elsewhere and only then is the project closed.
  await app.page.getByRole('button', { name: 'Project', exact: true }).click()
  await app.page.getByRole('button', { name: 'Project sluiten' }).click()
  const copy = join(app.docsDir, 'Eijsden (kopie).werkbank.json')
  app.dialogs.saveAnswers.push(copy)
  await guard.getByRole('button', { name: 'Opslaan als…' }).click()
  await expect(app.page.getByRole('button', { name: 'Nieuwe leergemeenschap…' })).toBeVisible()
  expect((await readProjectJson(copy)).community).toMatchObject({ region: 'Eijsden-Margraten', facilitator: 'Noor Habets' })
})

test('closing the window waits for the last change to be on disk', async ({ app }) => {
  await app.page.clock.install()
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Meerssen', 'Meerssen.werkbank.json')
  await goTo(app, 'Profiel')
  await app.page.getByLabel('Gemeente of regio').fill('Meerssen')
  // The window is asked to close (as the window's close button or Alt+F4 would): the close is held
  // back until the pending change is written.
  await app.page.close({ runBeforeUnload: true })
  await expect
    .poll(async () => ((await readProjectJson(path)).community as { region: string }).region, { timeout: 5_000 })
    .toBe('Meerssen')
})
