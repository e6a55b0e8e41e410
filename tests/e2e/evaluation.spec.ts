/**
 * Evaluatie: quotes dragged between the three categories by mouse and by keyboard (and a move
 * undone), new quotes (anonymous, and tied to a named participant), the success-factor
 * checklist (aandacht nodig, n.v.t., with remarks), results per work group, challenges and the
 * group-development story; the evaluation report exported anonymised with a logo, author and
 * date, and with hostile pasted text, read back from LibreOffice; a failed export says why.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { groupDevelopmentStory } from '../../shared/logic/group-development-story'
import { setCheck, summariseChecklist } from '../../shared/logic/success-factors'
import type { ProjectFile } from '../../shared/model'
import { TINY_PNG } from '../unit/services/export/tiny-png'
import { expect, test, type WerkbankApp } from './fixtures'
import { expectSaved, goTo, openHeerlen, readProjectJson, redo, undo } from './helpers'
import { docxEntries, heerlenFixture, makeReadOnly, pdfImageSizes, readBack, reopenHeerlen } from './report-support'

type Stored = Pick<ProjectFile, 'evaluation'>
const stored = async (path: string) => (await readProjectJson(path)) as unknown as Stored

const column = (app: WerkbankApp, category: string) => app.page.locator(`[data-testid="quote-column"][data-category="${category}"]`)
const card = (app: WerkbankApp, text: string) => app.page.getByTestId('quote-card').filter({ hasText: text })
const notice = (app: WerkbankApp) => app.page.getByTestId('evaluation-notice')
const summaryOf = (c: { ok: number; attention: number; notApplicable: number; open: number }) =>
  `${c.ok} in orde · ${c.attention} aandacht nodig · ${c.notApplicable} n.v.t. · ${c.open} nog niet beoordeeld`

test('quotes move between categories by mouse and keyboard, a move is undone; new quotes; the checklist is marked; all saved and reopened', async ({ app }) => {
  test.setTimeout(150_000)
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

  // The move is undone from the notice (back in Structuur en organisatie), and redone with Ctrl+Y.
  await expect(notice(app)).toContainText('Citaat verplaatst naar Groepsdynamiek, interactie en werkklimaat')
  await notice(app).getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(column(app, 'structure').getByTestId('quote-card').filter({ hasText: 'Resultaatgericht.' })).toHaveCount(1)
  await expect(column(app, 'groupDynamics').getByTestId('quote-card').filter({ hasText: 'Resultaatgericht.' })).toHaveCount(0)
  await expectSaved(app)
  expect((await stored(path)).evaluation.quotes.find((q) => q.text === 'Resultaatgericht.')?.category).toBe('structure')
  await redo(app)
  await expect(column(app, 'groupDynamics').getByTestId('quote-card').filter({ hasText: 'Resultaatgericht.' })).toHaveCount(1)

  // A new anonymous quote in Structuur en organisatie, and one of a named participant.
  await page.getByLabel('Citaat', { exact: true }).fill('De agenda vooraf maakte het verschil.')
  await page.getByLabel('Categorie').selectOption({ label: 'Structuur en organisatie' })
  await page.getByRole('button', { name: 'Citaat toevoegen' }).click()
  await expect(column(app, 'structure').getByTestId('quote-card').last()).toContainText('De agenda vooraf maakte het verschil.')
  await expect(column(app, 'structure').getByTestId('quote-card').last()).toContainText('Anoniem')
  await page.getByLabel('Citaat', { exact: true }).fill('Ik ken de jongerenconsulent nu bij naam.')
  await page.getByTestId('quote-add').getByLabel('Wie').selectOption({ label: 'Ingrid Claessens' })
  await page.getByLabel('Categorie').selectOption({ label: 'Leerrendement en opbrengst' })
  await page.getByRole('button', { name: 'Citaat toevoegen' }).click()
  await expect(notice(app)).toContainText('Citaat toegevoegd aan Leerrendement en opbrengst.')
  await expect(card(app, 'Ik ken de jongerenconsulent nu bij naam.')).toContainText('Ingrid Claessens')
  // Ctrl+Z while writing the next quote undoes the typing there, not the quote just added.
  await page.getByLabel('Citaat', { exact: true }).fill('Half getypt')
  await undo(app)
  await expect(card(app, 'Ik ken de jongerenconsulent nu bij naam.')).toHaveCount(1)
  await page.getByLabel('Citaat', { exact: true }).fill('')

  // Checklist: factor 7 (closed: nothing needs attention there); its first point now needs
  // attention, its second does not apply; both with a remark.
  const checks = heerlenFixture().evaluation.successFactorChecks
  const marked = setCheck(setCheck(checks, 'sf7.1', { status: 'attention' }), 'sf7.2', { status: 'notApplicable' })
  const factor = page.getByTestId('factor').filter({ hasText: 'Leg het eigenaarschap bij de deelnemers' })
  await expect(factor).not.toHaveAttribute('open')
  await factor.locator('summary').click()
  const first = factor.locator('[data-point="sf7.1"]')
  await first.getByLabel('Aandacht nodig').check()
  await first.getByLabel(/^Toelichting bij/).fill('Leervragen van bewoners kwamen minder aan bod.')
  const second = factor.locator('[data-point="sf7.2"]')
  await second.getByLabel('n.v.t.').check()
  await second.getByLabel(/^Toelichting bij/).fill('Besluiten nam de stuurgroep, niet de leergemeenschap.')
  await expect(page.getByTestId('factors-summary')).toHaveText(summaryOf(summariseChecklist(marked)))
  await expect(factor.locator('.factor-verdict')).toHaveText('Aandacht nodig')
  await app.screenshot('evaluation-checklist')

  await expectSaved(app)
  const saved = await stored(path)
  const byText = (text: string) => saved.evaluation.quotes.find((q) => q.text === text)
  expect(byText('Veel van geleerd, ik heb andere beelden gekregen.')?.category).toBe('groupDynamics')
  expect(byText('Resultaatgericht.')?.category).toBe('groupDynamics')
  expect(byText('De agenda vooraf maakte het verschil.')).toMatchObject({ category: 'structure', participantId: null })
  expect(byText('Ik ken de jongerenconsulent nu bij naam.')).toMatchObject({ category: 'learningYield', participantId: 'p-10' })
  expect(saved.evaluation.successFactorChecks.filter((c) => c.pointId.startsWith('sf7.'))).toEqual([
    { pointId: 'sf7.1', status: 'attention', remark: 'Leervragen van bewoners kwamen minder aan bod.' },
    { pointId: 'sf7.2', status: 'notApplicable', remark: 'Besluiten nam de stuurgroep, niet de leergemeenschap.' },
  ])

  await reopenHeerlen(app)
  await goTo(app, 'Evaluatie')
  await expect(column(app, 'groupDynamics').getByTestId('quote-card').filter({ hasText: 'Resultaatgericht.' })).toHaveCount(1)
  await expect(column(app, 'structure').getByTestId('quote-card').last()).toContainText('De agenda vooraf maakte het verschil.')
  await expect(card(app, 'Ik ken de jongerenconsulent nu bij naam.')).toContainText('Ingrid Claessens')
  const reopened = app.page.getByTestId('factor').filter({ hasText: 'Leg het eigenaarschap bij de deelnemers' })
  await expect(reopened).toHaveAttribute('open')
  await expect(reopened.locator('[data-point="sf7.1"]').getByLabel('Aandacht nodig')).toBeChecked()
  await expect(reopened.locator('[data-point="sf7.2"]').getByLabel('n.v.t.')).toBeChecked()
  await expect(reopened.locator('[data-point="sf7.2"]').getByLabel(/^Toelichting bij/)).toHaveValue('Besluiten nam de stuurgroep, niet de leergemeenschap.')
})

test('results per work group, challenges (borging, continuity) and the group-development story; on disk and after reopen', async ({ app }) => {
  test.setTimeout(120_000)
  await app.start()
  const path = await openHeerlen(app)
  await goTo(app, 'Evaluatie')
  const page = app.page
  const fixture = heerlenFixture()

  // The group-development story from Groepsfasen: each group's current phase.
  const story = groupDevelopmentStory(fixture, undefined, { language: 'nl' }).groups.filter((g) => g.observations.length > 0 || g.reflections.length > 0)
  expect(story.length).toBeGreaterThan(1)
  const shown = page.getByTestId('group-story').locator('.story-group')
  await expect(shown).toHaveCount(story.length)
  for (const [index, group] of story.entries()) {
    await expect(shown.nth(index).getByRole('heading', { level: 3 })).toHaveText(group.name)
    await expect(shown.nth(index)).toContainText(`Nu: ${group.currentPhaseName}`)
  }
  await page.getByTestId('group-story').scrollIntoViewIfNeeded()
  await app.screenshot('evaluation-story')

  // Results per work group, and the overall yield.
  const result = 'Een advies 18-min/18-plus en tien getrainde vrijwilligers die huisbezoeken doen bij 75-plussers.'
  await page.getByLabel('Resultaten van Preventie en vroegsignalering').fill(result)
  await page.getByLabel('Algemene opbrengst').fill('Samenwerking over de grenzen van organisaties heen.')

  // Challenges: a new one about continuity, and the borging one rewritten.
  const challenges = page.getByTestId('challenge')
  const before = fixture.evaluation.challenges.length
  await expect(challenges).toHaveCount(before)
  await page.getByRole('button', { name: 'Uitdaging toevoegen' }).click()
  await expect(page.getByLabel(`Uitdaging ${before + 1}`, { exact: true })).toBeFocused()
  await page.keyboard.type('Nieuwe kartrekkers vinden als studenten vertrekken.')
  await page.getByLabel(`Soort (uitdaging ${before + 1})`).selectOption({ label: 'Continuïteit van de groep' })
  await expect(page.getByLabel('Soort (uitdaging 1)')).toHaveValue('sustainability')
  await page.getByLabel('Uitdaging 1', { exact: true }).fill('De coöperatie neemt de werkwijze op in haar jaarplan.')

  await expectSaved(app)
  const saved = (await stored(path)).evaluation
  expect(saved.workGroupResults.find((r) => r.workGroupId === 'wg-02')?.text).toBe(result)
  expect(saved.workGroupResults.find((r) => r.workGroupId === 'wg-01')?.text).toBe(fixture.evaluation.workGroupResults.find((r) => r.workGroupId === 'wg-01')?.text)
  expect(saved.overallResults).toBe('Samenwerking over de grenzen van organisaties heen.')
  expect(saved.challenges).toHaveLength(before + 1)
  expect(saved.challenges[0]).toMatchObject({ kind: 'sustainability', text: 'De coöperatie neemt de werkwijze op in haar jaarplan.' })
  expect(saved.challenges[before]).toMatchObject({ kind: 'continuity', text: 'Nieuwe kartrekkers vinden als studenten vertrekken.' })

  await reopenHeerlen(app)
  await goTo(app, 'Evaluatie')
  await expect(app.page.getByLabel('Resultaten van Preventie en vroegsignalering')).toHaveValue(result)
  await expect(app.page.getByLabel('Algemene opbrengst')).toHaveValue('Samenwerking over de grenzen van organisaties heen.')
  await expect(app.page.getByLabel('Uitdaging 1', { exact: true })).toHaveValue('De coöperatie neemt de werkwijze op in haar jaarplan.')
  await expect(app.page.getByLabel(`Uitdaging ${before + 1}`, { exact: true })).toHaveValue('Nieuwe kartrekkers vinden als studenten vertrekken.')
  await expect(app.page.getByLabel(`Soort (uitdaging ${before + 1})`)).toHaveValue('continuity')
  await expect(app.page.getByTestId('group-story').locator('.story-group')).toHaveCount(story.length)
})

test('the evaluation report, anonymised with initials, with a logo, author and date, opens in LibreOffice without any name', async ({ app }, testInfo) => {
  test.setTimeout(120_000)
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
  await dialog.getByLabel('Auteur').fill('Lectoraat Wijkgerichte Zorg, Zuyd Hogeschool')
  await dialog.getByLabel('Datum').fill('2020-01-15')
  await app.screenshot('evaluation-export-dialog')

  // Cancelling the save dialog: the dialog was asked, nothing was written, nothing is reported.
  const docsBefore = await readdir(app.docsDir)
  app.dialogs.saveAnswers.push(null)
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect.poll(() => app.dialogs.asked.filter((a) => a.kind === 'export')).toEqual([{ kind: 'export', suggestedName: expect.stringMatching(/^Evaluatieverslag.*\.docx$/) }])
  await expect(dialog.getByRole('button', { name: 'Exporteren…' })).toBeEnabled()
  await expect(dialog.getByTestId('export-done')).toHaveCount(0)
  await expect(dialog.getByTestId('error-notice')).toHaveCount(0)
  expect(await readdir(app.docsDir)).toEqual(docsBefore)

  const docx = join(app.docsDir, 'Evaluatieverslag.docx')
  app.dialogs.saveAnswers.push(docx)
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(dialog.getByTestId('export-done')).toContainText('Evaluatieverslag.docx')

  // The logo is in the .docx as an image part, placed in the document, and in the PDF.
  const entries = await docxEntries(docx)
  const media = Object.keys(entries).filter((name) => name.startsWith('word/media/'))
  expect(media).toHaveLength(1)
  expect(entries[media[0]!]).toEqual(TINY_PNG)
  expect(new TextDecoder().decode(entries['word/document.xml'])).toContain('r:embed=')

  const opened = await readBack(testInfo, docx, 5)
  expect(await pdfImageSizes(opened.pdfPath)).toContain('40×16')
  expect(opened.readingText).toContain('Evaluatieverslag')
  expect(opened.readingText).toContain('Lectoraat Wijkgerichte Zorg, Zuyd Hogeschool')
  expect(opened.readingText).toContain('15 januari 2020')
  expect(opened.readingText).toContain('Leerrendement en opbrengst')
  expect(opened.readingText).toContain('Ondanks dat ik 75 ben, leerde ik elke keer opnieuw.’ — L.B.')
  expect(opened.readingText).not.toContain('Groepsontwikkeling')
  for (const { name } of heerlenFixture().participants) expect(opened.readingText).not.toContain(name)
})

const LONG_WORD = 'Burgerinitiatievenondersteuningsprogramma'.repeat(10)
const PASTED_QUOTE = 'Het\u0007was\u000Bsoms\u001Fchaotisch 😅 maar leerzaam 🌱'

test('pasted control characters, emoji, a 400-character word and empty fields: the report still opens; a read-only folder is reported and harms nothing', async ({ app }, testInfo) => {
  test.setTimeout(150_000)
  await app.start()
  const path = await openHeerlen(app)
  await goTo(app, 'Evaluatie')
  const page = app.page

  // Pasted (inserted at once, as a paste does) into the introduction, a quote and a result;
  // the conclusion emptied and a challenge left empty.
  await page.getByLabel('Inleiding').fill('')
  await page.getByLabel('Inleiding').focus()
  await page.keyboard.insertText('Evaluatie\u0001op\u0008locatie 🏫')
  await page.getByLabel('Citaat', { exact: true }).focus()
  await page.keyboard.insertText(PASTED_QUOTE)
  await page.getByRole('button', { name: 'Citaat toevoegen' }).click()
  await expect(card(app, 'maar leerzaam')).toBeVisible()
  await page.getByLabel('Resultaten van Erkenning en facilitering van burgerinitiatieven').fill('')
  await page.getByLabel('Resultaten van Erkenning en facilitering van burgerinitiatieven').focus()
  await page.keyboard.insertText(`Een ${LONG_WORD} in Heerlerheide`)
  await page.getByRole('textbox', { name: 'Conclusie' }).fill('')
  await page.getByRole('button', { name: 'Uitdaging toevoegen' }).click()
  await expectSaved(app)
  const saved = (await stored(path)).evaluation
  expect(saved.quotes.at(-1)?.text).toBe(PASTED_QUOTE)
  expect(saved.introduction).toBe('Evaluatie\u0001op\u0008locatie 🏫')

  // A read-only folder: the export says so, writes nothing, and the project is untouched.
  const folder = join(app.docsDir, 'Gedeelde map')
  await mkdir(folder)
  const projectBefore = await readFile(path)
  await page.getByRole('button', { name: 'Evaluatieverslag exporteren…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Evaluatieverslag exporteren' })
  const unlock = await makeReadOnly(folder)
  test.skip(unlock === null, 'this machine cannot make a folder refuse writes')
  try {
    app.dialogs.saveAnswers.push(join(folder, 'Evaluatieverslag.docx'))
    await dialog.getByRole('button', { name: 'Exporteren…' }).click()
    const error = dialog.getByTestId('error-notice')
    await expect(error).toHaveAttribute('data-code', 'FILE_LOCKED')
    await expect(error).toContainText('of je mag er niet schrijven')
    await error.getByText('Technische details').click()
    await expect(error).toContainText('Je project is niet veranderd.')
    await app.screenshot('evaluation-export-error')
  } finally {
    await unlock?.()
  }
  expect(await readdir(folder)).toEqual([])
  expect(await readFile(path)).toEqual(projectBefore)
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved')

  // Another place works, and LibreOffice reads the text back.
  const docx = join(app.docsDir, 'Evaluatie met geplakte tekst.docx')
  app.dialogs.saveAnswers.push(docx)
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(dialog.getByTestId('export-done')).toContainText('Evaluatie met geplakte tekst.docx')
  await expect(dialog.getByTestId('error-notice')).toHaveCount(0)
  const opened = await readBack(testInfo, docx, 5)
  expect(opened.readingText).toContain('Evaluatieoplocatie')
  expect(opened.readingText).toContain('Hetwassomschaotisch')
  expect(opened.readingText).toContain('maar leerzaam')
  expect(opened.solidText).toContain(`Een${LONG_WORD}inHeerlerheide`)
})
