/**
 * Plannen van aanpak: edit a plan, mark it vastgesteld, change it, compare the versions; the
 * group's actions edited inline (they are the shared actions); a Word export whose text, read
 * back from LibreOffice's PDF, holds the objective and every action; everything after reopen.
 */
import { execFile } from 'node:child_process'
import { copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { fixturePath } from '../fixtures/paths'
import { openInLibreOffice } from '../support/libreoffice'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, readProjectJson } from './helpers'

const ARTIFACTS = resolve('test-results/plans-e2e')
const PREVENTIE = 'Preventie en vroegsignalering'

type Stored = {
  plans: Array<{ workGroupId: string; objective: string; status: string; versions: Array<{ number: number; content: { objective: string } }> }>
  actions: Array<{ id: string; what: string; ownerId: string | null; deadline: string | null; status: string; workGroupId: string | null; meetingId: string | null }>
  meetings: Array<{ id: string; workGroupId: string | null }>
}

async function openHeerlen(app: WerkbankApp): Promise<string> {
  const path = join(app.docsDir, 'Heerlen.werkbank.json')
  await copyFile(fixturePath('heerlen.werkbank.json'), path)
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
  return path
}

/** The plain reading-order text of a PDF (table cells one after another), whitespace collapsed. */
async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])
  return stdout.replace(/[\u200B\u00AD]/g, '').replace(/\s+/g, ' ')
}

test('edit a plan, vaststellen, change it, compare versions, export to Word, and find it all after reopening', async ({ app }) => {
  await app.start()
  const path = await openHeerlen(app)
  await goTo(app, 'Plannen van aanpak')
  const page = app.page
  await expect(page.getByRole('tab', { name: /Erkenning en facilitering/ })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 1')
  await app.screenshot('plans-editor')

  // The tabs work with the arrow keys.
  await page.getByRole('tab', { name: /Erkenning en facilitering/ }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: new RegExp(PREVENTIE) })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 2')

  // Edit the objective, add an action inline, and adopt as version 3.
  const objective = 'Eenzaamheid onder 75-plussers in Heerlerheide eerder signaleren, samen met vrijwilligers en sleutelfiguren.'
  await page.getByLabel('Doelstelling').fill(objective)
  await page.getByRole('button', { name: 'Actie toevoegen' }).click()
  const actions = page.getByTestId('plan-action')
  const count = await actions.count()
  await expect(page.getByLabel(`Wat (actie ${count})`)).toBeFocused()
  await page.keyboard.type('Folder vroegsignalering eenzaamheid drukken')
  await page.getByLabel(`Wie (actie ${count})`).selectOption({ label: 'Fatma Öztürk' })
  await page.getByLabel(`Deadline (actie ${count})`).fill('2019-11-15')
  await page.getByLabel(`Status (actie ${count})`).selectOption({ label: 'Bezig' })
  await page.getByRole('button', { name: 'Opnieuw vaststellen…' }).click()
  const adopt = page.getByRole('dialog', { name: 'Plan vaststellen' })
  await adopt.getByLabel('Notitie (optioneel)').fill('Vastgesteld in de werkgroep van 30 oktober.')
  await adopt.getByRole('button', { name: 'Vaststellen als versie 3' }).click()
  await expect(page.getByTestId('plan-status')).toHaveText('Vastgesteld · versie 3')
  await expect(page.getByRole('tab', { name: new RegExp(PREVENTIE) })).toContainText('Vastgesteld · versie 3')

  // Changing the plan makes it a concept again; the comparison shows what changed.
  await page.getByLabel('Doelstelling').fill(`${objective} Ook jongeren die 18 worden.`)
  await page.getByLabel(`Status (actie ${count})`).selectOption({ label: 'Klaar' })
  await expect(page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 3')
  await page.getByRole('button', { name: 'Versies vergelijken…' }).click()
  const compare = page.getByRole('dialog', { name: 'Versies vergelijken' })
  await expect(compare.getByTestId('compare-summary')).toContainText('2 onderdelen gewijzigd')
  await expect(compare.locator('[data-section="objective"] ins')).toHaveText('Ook jongeren die 18 worden.')
  await expect(compare.locator('[data-section="actions"]')).toContainText('Folder vroegsignalering eenzaamheid drukken')
  await expect(compare.locator('[data-section="actions"]')).toContainText('status: Bezig → Klaar')
  // Version 1 against version 3: the second track was added in between.
  await compare.getByLabel('Oudere versie').selectOption({ index: 0 })
  await compare.getByLabel('Nieuwere versie').selectOption({ index: 2 })
  await expect(compare.locator('[data-section="learningQuestions"]')).toContainText('Toegevoegd')
  await app.screenshot('plans-compare')
  await compare.getByRole('button', { name: 'Sluiten' }).click()

  await expectSaved(app)
  const saved = (await readProjectJson(path)) as unknown as Stored
  const plan = saved.plans.find((p) => p.workGroupId === 'wg-02')!
  expect(plan.objective).toBe(`${objective} Ook jongeren die 18 worden.`)
  expect(plan.versions.map((v) => v.number)).toEqual([1, 2, 3])
  expect(plan.versions[2]!.content.objective).toBe(objective)
  const added = saved.actions.find((a) => a.what === 'Folder vroegsignalering eenzaamheid drukken')!
  expect(added).toMatchObject({ workGroupId: 'wg-02', ownerId: 'p-06', deadline: '2019-11-15', status: 'done', meetingId: null })

  // Export this plan; LibreOffice opens it and its text has the objective and every action.
  const docx = join(app.docsDir, 'Plan van aanpak preventie.docx')
  app.dialogs.saveAnswers.push(docx)
  await page.getByRole('button', { name: 'Exporteren naar Word…' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Plan van aanpak exporteren' })
  await expect(exportDialog.getByLabel('Titel', { exact: true })).toHaveValue(`Plan van aanpak ${PREVENTIE}`)
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(exportDialog.getByTestId('export-done')).toContainText('Plan van aanpak preventie.docx')
  const opened = await openInLibreOffice(docx, { outDir: ARTIFACTS, renderPages: 4 })
  const text = await pdfText(opened.pdfPath)
  expect(text).toContain(`${objective} Ook jongeren die 18 worden.`)
  const meetingGroups = new Map(saved.meetings.map((m) => [m.id, m.workGroupId]))
  const groupActions = saved.actions.filter((a) => (a.workGroupId ?? (a.meetingId ? meetingGroups.get(a.meetingId) : null)) === 'wg-02')
  expect(groupActions.length).toBeGreaterThan(5)
  for (const action of groupActions) expect(text).toContain(action.what)
  await exportDialog.getByRole('button', { name: 'Sluiten' }).click()

  // After closing and reopening the app, everything is still there.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await goTo(app, 'Plannen van aanpak')
  await app.page.getByRole('tab', { name: new RegExp(PREVENTIE) }).click()
  await expect(app.page.getByLabel('Doelstelling')).toHaveValue(`${objective} Ook jongeren die 18 worden.`)
  await expect(app.page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 3')
  await expect(app.page.getByLabel(`Wat (actie ${count})`)).toHaveValue('Folder vroegsignalering eenzaamheid drukken')
})

test('a new community: the empty state teaches, and a plan starts from the theme’s learning questions', async ({ app }) => {
  await app.start()
  await createCommunity(app, 'Leergemeenschap Sittard')
  await goTo(app, 'Plannen van aanpak')
  await expect(app.page.getByTestId('empty-state')).toContainText('Nog geen werkgroepen')
  await app.screenshot('plans-empty')
})

test('the combined plan of the community exports and opens in LibreOffice', async ({ app }) => {
  await app.start()
  await openHeerlen(app)
  await goTo(app, 'Plannen van aanpak')
  const docx = join(app.docsDir, 'Plannen.docx')
  app.dialogs.saveAnswers.push(docx)
  await app.page.getByRole('button', { name: 'Alle plannen exporteren…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Alle plannen van aanpak exporteren' })
  await dialog.getByLabel('Rollen in plaats van namen (bijvoorbeeld “wijkverpleegkundige”)').check()
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(dialog.getByTestId('export-done')).toBeVisible()
  const opened = await openInLibreOffice(docx, { outDir: ARTIFACTS, renderPages: 3 })
  expect(opened.flatText).toContain('Plannen van aanpak')
  expect(opened.flatText).toContain('Deelnemers zijn aangeduid met hun rol.')
  expect(opened.flatText).not.toContain('Annie Kleijnen')
})
