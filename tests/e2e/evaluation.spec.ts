/**
 * Evaluatie: quotes dragged between the three categories by mouse and by keyboard, a new quote,
 * the success-factor checklist; the evaluation report exported anonymised with a logo and read
 * back from LibreOffice; everything after reopening.
 */
import { copyFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fixturePath, readFixtureJson } from '../fixtures/paths'
import { openInLibreOffice } from '../support/libreoffice'
import { TINY_PNG } from '../unit/services/export/tiny-png'
import { expect, test, type WerkbankApp } from './fixtures'
import { expectSaved, goTo, readProjectJson } from './helpers'

const ARTIFACTS = resolve('test-results/evaluation-e2e')

type Stored = {
  evaluation: {
    quotes: Array<{ id: string; text: string; participantId: string | null; category: string }>
    successFactorChecks: Array<{ pointId: string; status: string | null; remark: string }>
  }
}

async function openHeerlen(app: WerkbankApp): Promise<string> {
  const path = join(app.docsDir, 'Heerlen.werkbank.json')
  await copyFile(fixturePath('heerlen.werkbank.json'), path)
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
  return path
}

const column = (app: WerkbankApp, category: string) => app.page.locator(`[data-testid="quote-column"][data-category="${category}"]`)
const card = (app: WerkbankApp, text: string) => app.page.getByTestId('quote-card').filter({ hasText: text })

test('quotes move between categories by mouse and keyboard; the checklist is marked; all saved and reopened', async ({ app }) => {
  await app.start()
  const path = await openHeerlen(app)
  await goTo(app, 'Evaluatie')
  const page = app.page
  await expect(column(app, 'learningYield').getByTestId('quote-card')).toHaveCount(11)
  await app.screenshot('evaluation')

  // Mouse: drag "Veel van geleerd…" onto the first card of Groepsdynamiek (it goes before it).
  await page.getByTestId('quote-board').scrollIntoViewIfNeeded()
  const handle = card(app, 'Veel van geleerd, ik heb andere beelden gekregen.').getByRole('button', { name: /^Verplaats citaat/ })
  const target = card(app, 'Ik voelde me erg thuis in de groep.')
  const from = (await handle.boundingBox())!
  const to = (await target.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + 40, from.y + 20, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 3, { steps: 12 })
  await page.mouse.up()
  await expect(column(app, 'groupDynamics').getByTestId('quote-card').first()).toContainText('Veel van geleerd, ik heb andere beelden gekregen.')
  await expect(column(app, 'learningYield').getByTestId('quote-card')).toHaveCount(10)

  // Keyboard: pick up "Resultaatgericht.", move one category to the right, drop.
  const keyHandle = card(app, 'Resultaatgericht.').getByRole('button', { name: /^Verplaats citaat/ })
  await keyHandle.focus()
  await page.keyboard.press('Space')
  await expect(keyHandle).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(column(app, 'groupDynamics').locator('.is-over')).toHaveCount(1)
  await expect(page.getByText(/^Boven Groepsdynamiek, interactie en werkklimaat/)).toBeAttached()
  await page.keyboard.press('Space')
  await expect(column(app, 'groupDynamics').getByTestId('quote-card').filter({ hasText: 'Resultaatgericht.' })).toHaveCount(1)
  await expect(page.getByRole('status').filter({ hasText: /Citaat verplaatst naar Groepsdynamiek/ }).first()).toBeAttached()

  // A new anonymous quote in Structuur en organisatie.
  await page.getByLabel('Citaat', { exact: true }).fill('De agenda vooraf maakte het verschil.')
  await page.getByLabel('Categorie').selectOption({ label: 'Structuur en organisatie' })
  await page.getByRole('button', { name: 'Citaat toevoegen' }).click()
  await expect(column(app, 'structure').getByTestId('quote-card').last()).toContainText('De agenda vooraf maakte het verschil.')
  await expect(column(app, 'structure').getByTestId('quote-card').last()).toContainText('Anoniem')

  // Checklist: factor 7 (closed: nothing needs attention there), its first point now does.
  const factor = page.getByTestId('factor').filter({ hasText: 'Leg het eigenaarschap bij de deelnemers' })
  await expect(factor).not.toHaveAttribute('open')
  await factor.locator('summary').click()
  const point = factor.locator('[data-point="sf7.1"]')
  await point.getByLabel('Aandacht nodig').check()
  await point.getByLabel(/^Toelichting bij/).fill('Leervragen van bewoners kwamen minder aan bod.')
  await expect(page.getByTestId('factors-summary')).toContainText('5 aandacht nodig')
  await app.screenshot('evaluation-checklist')

  await expectSaved(app)
  const saved = (await readProjectJson(path)) as unknown as Stored
  const byText = (text: string) => saved.evaluation.quotes.find((q) => q.text === text)
  expect(byText('Veel van geleerd, ik heb andere beelden gekregen.')?.category).toBe('groupDynamics')
  expect(byText('Resultaatgericht.')?.category).toBe('groupDynamics')
  expect(byText('De agenda vooraf maakte het verschil.')).toMatchObject({ category: 'structure', participantId: null })
  expect(saved.evaluation.successFactorChecks.find((c) => c.pointId === 'sf7.1')).toEqual({
    pointId: 'sf7.1',
    status: 'attention',
    remark: 'Leervragen van bewoners kwamen minder aan bod.',
  })

  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await goTo(app, 'Evaluatie')
  await expect(column(app, 'groupDynamics').getByTestId('quote-card').filter({ hasText: 'Resultaatgericht.' })).toHaveCount(1)
  await expect(column(app, 'structure').getByTestId('quote-card').last()).toContainText('De agenda vooraf maakte het verschil.')
})

test('the evaluation report, anonymised with initials and a logo, opens in LibreOffice without any name', async ({ app }) => {
  await app.start()
  await openHeerlen(app)
  await goTo(app, 'Evaluatie')
  const logo = join(app.docsDir, 'logo zuyd.png')
  await writeFile(logo, TINY_PNG)
  const notAnImage = join(app.docsDir, 'logo.png')
  await writeFile(notAnImage, 'dit is geen afbeelding')
  await app.page.getByRole('button', { name: 'Evaluatieverslag exporteren…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Evaluatieverslag exporteren' })
  // A file that is not an image is refused with a clear message; a PNG is accepted.
  app.dialogs.openAnswers.push(notAnImage)
  await dialog.getByRole('button', { name: 'Afbeelding kiezen…' }).click()
  await expect(dialog.getByTestId('error-notice')).toContainText('kies een PNG- of JPEG-bestand')
  app.dialogs.openAnswers.push(logo)
  await dialog.getByRole('button', { name: 'Afbeelding kiezen…' }).click()
  await expect(dialog.getByTestId('report-logo')).toContainText('logo zuyd.png')
  await dialog.getByLabel('Initialen in plaats van namen').check()
  await dialog.getByLabel('Groepsontwikkeling').uncheck()
  await app.screenshot('evaluation-export-dialog')
  // Cancelling the save dialog writes nothing; then a real export.
  app.dialogs.saveAnswers.push(null)
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(dialog.getByTestId('export-done')).toHaveCount(0)
  const docx = join(app.docsDir, 'Evaluatieverslag.docx')
  app.dialogs.saveAnswers.push(docx)
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(dialog.getByTestId('export-done')).toBeVisible()

  const opened = await openInLibreOffice(docx, { outDir: ARTIFACTS, renderPages: 5 })
  expect(opened.flatText).toContain('Evaluatieverslag')
  expect(opened.flatText).toContain('Leerrendement en opbrengst')
  expect(opened.flatText).toContain('Ondanks dat ik 75 ben, leerde ik elke keer opnieuw.’ — L.B.')
  expect(opened.flatText).not.toContain('Groepsontwikkeling')
  const project = readFixtureJson('heerlen.werkbank.json') as { participants: Array<{ name: string }> }
  for (const { name } of project.participants) expect(opened.flatText).not.toContain(name)
})
