/**
 * Plannen van aanpak: a plan made for a work group without one (from its theme's learning
 * questions) and every section edited, undone where it matters, on disk and after reopen; the
 * group's actions shared with the Acties screen both ways; vaststellen, change and compare;
 * Word exports (one plan with author and date, the combined plan, one with hostile pasted
 * text) read back through LibreOffice; export failures shown clearly, the project unharmed.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ProjectFile } from '../../shared/model'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, openHeerlen, readProjectJson, redo, undo } from './helpers'
import { heerlenFixture, makeReadOnly, readBack, reopenHeerlen } from './report-support'

const PREVENTIE = 'Preventie en vroegsignalering'

type StoredPlan = ProjectFile['plans'][number]
type Stored = Pick<ProjectFile, 'plans' | 'actions' | 'meetings'>

const stored = async (path: string) => (await readProjectJson(path)) as unknown as Stored
const planOnDisk = async (path: string, workGroupId: string): Promise<StoredPlan | undefined> =>
  (await stored(path)).plans.find((p) => p.workGroupId === workGroupId)

const undoButton = (app: WerkbankApp) => app.page.getByRole('banner').getByRole('button', { name: 'Ongedaan maken' })
const redoButton = (app: WerkbankApp) => app.page.getByRole('banner').getByRole('button', { name: 'Opnieuw' })
const planTab = (app: WerkbankApp, name: string) => app.page.getByRole('tab', { name: new RegExp(name) })
/** The texts of the plan's learning questions, in order. */
const questionTexts = (app: WerkbankApp) =>
  app.page.locator('.plan-question textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value))

test('edit a plan, vaststellen, change it, compare versions, export with author and date, and find it all after reopening', async ({ app }, testInfo) => {
  // Many steps and a LibreOffice conversion; generous for a 2-core machine shared with other runs.
  test.setTimeout(150_000)
  await app.start()
  const path = await openHeerlen(app)
  await goTo(app, 'Plannen van aanpak')
  const page = app.page
  await expect(planTab(app, 'Erkenning en facilitering')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 1')
  await app.screenshot('plans-editor')

  // The tabs work with the arrow keys.
  await planTab(app, 'Erkenning en facilitering').focus()
  await page.keyboard.press('ArrowRight')
  await expect(planTab(app, PREVENTIE)).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 2')

  // Edit the objective, add an action inline, and adopt as version 3.
  const objective = 'Eenzaamheid onder 75-plussers in Heerlerheide eerder signaleren, samen met vrijwilligers en sleutelfiguren.'
  await page.getByLabel('Doelstelling').fill(objective)
  await page.getByRole('button', { name: 'Actie toevoegen' }).click()
  const count = await page.getByTestId('plan-action').count()
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
  await expect(planTab(app, PREVENTIE)).toContainText('Vastgesteld · versie 3')

  // Changing the plan makes it a concept again; the comparison shows what changed.
  await page.getByLabel('Doelstelling').fill(`${objective} Ook jongeren die 18 worden.`)
  await page.getByLabel(`Status (actie ${count})`).selectOption({ label: 'Afgerond' })
  await expect(page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 3')
  await page.getByRole('button', { name: 'Versies vergelijken…' }).click()
  const compare = page.getByRole('dialog', { name: 'Versies vergelijken' })
  await expect(compare.getByTestId('compare-summary')).toContainText('2 onderdelen gewijzigd')
  await expect(compare.locator('[data-section="objective"] ins')).toHaveText('Ook jongeren die 18 worden.')
  await expect(compare.locator('[data-section="actions"]')).toContainText('Folder vroegsignalering eenzaamheid drukken')
  await expect(compare.locator('[data-section="actions"]')).toContainText('status: Bezig → Afgerond')
  // Version 1 against version 3: the second track was added in between.
  await compare.getByLabel('Oudere versie').selectOption({ index: 0 })
  await compare.getByLabel('Nieuwere versie').selectOption({ index: 2 })
  await expect(compare.locator('[data-section="learningQuestions"]')).toContainText('Toegevoegd')
  await app.screenshot('plans-compare')
  await compare.getByRole('button', { name: 'Sluiten' }).click()

  await expectSaved(app)
  const saved = await stored(path)
  const plan = saved.plans.find((p) => p.workGroupId === 'wg-02')!
  expect(plan.objective).toBe(`${objective} Ook jongeren die 18 worden.`)
  expect(plan.versions.map((v) => v.number)).toEqual([1, 2, 3])
  expect(plan.versions[2]!.content.objective).toBe(objective)
  const added = saved.actions.find((a) => a.what === 'Folder vroegsignalering eenzaamheid drukken')!
  expect(added).toMatchObject({ workGroupId: 'wg-02', ownerId: 'p-06', deadline: '2019-11-15', status: 'done', meetingId: null })

  // Export this plan with an author and a date of our own; LibreOffice opens it and its text
  // has them, the objective and every action of the group (also those agreed in meetings).
  const docx = join(app.docsDir, 'Plan van aanpak preventie.docx')
  app.dialogs.saveAnswers.push(docx)
  await page.getByRole('button', { name: 'Exporteren naar Word…' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Plan van aanpak exporteren' })
  await expect(exportDialog.getByLabel('Titel', { exact: true })).toHaveValue(`Plan van aanpak ${PREVENTIE}`)
  await exportDialog.getByLabel('Auteur').fill('Roy Crombach en Fatma Öztürk, werkgroep preventie')
  await exportDialog.getByLabel('Datum').fill('2019-11-04')
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(exportDialog.getByTestId('export-done')).toContainText('Plan van aanpak preventie.docx')
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggestedName: expect.stringMatching(/\.docx$/) })
  const opened = await readBack(testInfo, docx, 4)
  expect(opened.readingText).toContain('Roy Crombach en Fatma Öztürk, werkgroep preventie')
  expect(opened.readingText).toContain('4 november 2019')
  expect(opened.readingText).toContain(`${objective} Ook jongeren die 18 worden.`)
  const meetingGroups = new Map(saved.meetings.map((m) => [m.id, m.workGroupId]))
  const groupActions = saved.actions.filter((a) => (a.workGroupId ?? (a.meetingId ? meetingGroups.get(a.meetingId) : null)) === 'wg-02')
  expect(groupActions.length).toBeGreaterThan(5)
  for (const action of groupActions) expect(opened.readingText).toContain(action.what)
  await exportDialog.getByRole('button', { name: 'Sluiten' }).click()

  // After closing and reopening the app, everything is still there.
  await reopenHeerlen(app)
  await goTo(app, 'Plannen van aanpak')
  await planTab(app, PREVENTIE).click()
  await expect(app.page.getByLabel('Doelstelling')).toHaveValue(`${objective} Ook jongeren die 18 worden.`)
  await expect(app.page.getByTestId('plan-status')).toHaveText('Concept · gewijzigd na versie 3')
  await expect(app.page.getByLabel(`Wat (actie ${count})`)).toHaveValue('Folder vroegsignalering eenzaamheid drukken')
})

test('a new community: the empty state teaches and leads to Werkgroepen', async ({ app }) => {
  await app.start()
  await createCommunity(app, 'Leergemeenschap Sittard')
  await goTo(app, 'Plannen van aanpak')
  const empty = app.page.getByTestId('empty-state')
  await expect(empty).toContainText('Nog geen werkgroepen')
  await expect(empty).toContainText('Een plan van aanpak hoort bij een werkgroep.')
  await expect(app.page.getByRole('button', { name: 'Alle plannen exporteren…' })).toHaveCount(0)
  await app.screenshot('plans-empty')
  await empty.getByRole('button', { name: 'Naar Werkgroepen' }).click()
  await expect(app.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: /^Werkgroepen/ })).toHaveAttribute('aria-current', 'page')
})

test('a work group without a plan: the plan starts from its theme’s learning questions; every section edited, undone, shared with Acties, on disk and after reopen', async ({ app }) => {
  test.setTimeout(180_000)
  await app.start()
  // The Heerlen example, but Preventie en vroegsignalering has no plan yet.
  const path = await openHeerlen(app, (project) => {
    project.plans = project.plans.filter((p) => p.workGroupId !== 'wg-02')
  })
  const fixture = heerlenFixture()
  const group = fixture.workGroups.find((g) => g.id === 'wg-02')!
  const themeQuestions = fixture.themes.find((t) => t.id === group.themeId)!.learningQuestions.map((q) => q.text)
  expect(themeQuestions).toHaveLength(3)
  const page = app.page
  await goTo(app, 'Plannen van aanpak')
  await expect(planTab(app, PREVENTIE)).toContainText('Geen plan')
  await planTab(app, PREVENTIE).click()
  const noPlan = page.getByTestId('empty-state')
  await expect(noPlan).toContainText(`Nog geen plan van aanpak voor ${PREVENTIE}`)
  await app.screenshot('plans-no-plan')
  await noPlan.getByRole('button', { name: 'Plan van aanpak maken' }).click()
  await expect(page.getByTestId('plans-notice')).toContainText(`Plan van aanpak voor ${PREVENTIE} gemaakt.`)
  await expect(page.getByTestId('plan-status')).toHaveText('Concept')
  await expect(planTab(app, PREVENTIE)).toContainText('Concept')

  // Leervragen: the theme's three, editable; one removed comes back from the theme.
  await expect.poll(() => questionTexts(app)).toEqual(themeQuestions)
  await page.getByRole('button', { name: 'Leervraag 3 verwijderen' }).click()
  await expect.poll(() => questionTexts(app)).toEqual(themeQuestions.slice(0, 2))
  await page.getByLabel('Leervraag 2', { exact: true }).fill('Hoe zorgen we voor een warme overdracht als een jongere 18 wordt, ook buiten Heerlerheide?')
  await page.getByRole('button', { name: 'Leervragen van het thema opnieuw toevoegen' }).click()
  await expect(page.getByTestId('plans-notice')).toContainText('2 leervragen van het thema toegevoegd.')
  await expect.poll(() => questionTexts(app)).toEqual([
    themeQuestions[0]!,
    'Hoe zorgen we voor een warme overdracht als een jongere 18 wordt, ook buiten Heerlerheide?',
    themeQuestions[1]!,
    themeQuestions[2]!,
  ])
  await page.getByRole('button', { name: 'Leervraag 3 verwijderen' }).click()
  await page.getByRole('button', { name: 'Leervragen van het thema opnieuw toevoegen' }).click()
  await expect(page.getByTestId('plans-notice')).toContainText('1 leervraag van het thema toegevoegd.')
  await page.getByRole('button', { name: 'Leervragen van het thema opnieuw toevoegen' }).click()
  await expect(page.getByTestId('plans-notice')).toContainText('Alle leervragen van het thema staan er al in.')
  const finalQuestions = [themeQuestions[0]!, 'Hoe zorgen we voor een warme overdracht als een jongere 18 wordt, ook buiten Heerlerheide?', themeQuestions[2]!, themeQuestions[1]!]
  await expect.poll(() => questionTexts(app)).toEqual(finalQuestions)

  // Aanleiding: Ctrl+Z takes it back, Ctrl+Y brings it again.
  const background = 'Jongeren vallen bij hun 18e verjaardag tussen wal en schip, en eenzaamheid onder ouderen wordt laat opgemerkt.'
  await page.getByLabel('Aanleiding').fill(background)
  await expect(page.getByLabel('Aanleiding')).toHaveValue(background)
  await undo(app)
  await expect(page.getByLabel('Aanleiding')).toHaveValue('')
  await redo(app)
  await expect(page.getByLabel('Aanleiding')).toHaveValue(background)

  const objective = 'Een warme overdracht bij 18 jaar en vroeg signaleren van eenzaamheid door getrainde vrijwilligers.'
  await page.getByLabel('Doelstelling').fill(objective)
  const results = 'Een advies 18-min/18-plus\nEen training vroegsignalering voor vrijwilligers'
  await page.getByLabel('Beoogde resultaten en producten').fill(results)

  // Betrokkenen: the members are chosen already; one member less, one other participant more.
  const involved = page.getByTestId('plan-involved')
  await expect(involved.getByRole('checkbox', { checked: true })).toHaveCount(group.memberIds.length)
  await involved.getByRole('checkbox', { name: /^Carla op den Kamp/ }).uncheck()
  await involved.getByText(/^Andere deelnemers/).click()
  await involved.getByRole('checkbox', { name: /^Lei Bemelmans/ }).check()
  await expect(involved).toContainText(`${group.memberIds.length} gekozen`)
  // Stakeholders: one of the sounding board, one of the steering group, and another party.
  const stakeholders = page.getByTestId('plan-stakeholders')
  await stakeholders.getByRole('checkbox', { name: /^Hanneke Gielen/ }).check()
  await stakeholders.getByRole('checkbox', { name: /^Monique Rutten/ }).check()
  await page.getByLabel('Andere betrokken partijen').fill('Alcander (welzijn), jongerenwerk Heerlen')

  // Planning: two milestones; removing one is undone from the notice.
  await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click()
  await expect(page.getByLabel('Mijlpaal 1', { exact: true })).toBeFocused()
  await page.keyboard.type('Advies 18-min/18-plus bij het management')
  await page.getByLabel('Datum (mijlpaal 1)').fill('2019-06-05')
  await page.getByLabel('Gehaald (mijlpaal 1)').check()
  await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click()
  await page.keyboard.type('Tien vrijwilligers getraind')
  await page.getByLabel('Datum (mijlpaal 2)').fill('2019-10-23')
  await page.getByRole('button', { name: 'Mijlpaal verwijderen: Tien vrijwilligers getraind' }).click()
  await expect(page.getByTestId('plan-milestone')).toHaveCount(1)
  await expect(page.getByTestId('plans-notice')).toContainText('Mijlpaal “Tien vrijwilligers getraind” verwijderd.')
  await page.getByTestId('plans-notice').getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(page.getByTestId('plan-milestone')).toHaveCount(2)
  await expect(page.getByLabel('Mijlpaal 2', { exact: true })).toHaveValue('Tien vrijwilligers getraind')
  await expect(page.getByLabel('Datum (mijlpaal 2)')).toHaveValue('2019-10-23')

  // An action-research cycle: try → saw → learnt → implement, each dated.
  await page.getByRole('button', { name: 'Cyclus toevoegen' }).click()
  await expect(page.getByLabel('Titel van cyclus 1')).toBeFocused()
  await page.keyboard.type('Pilot huisbezoeken')
  const cycle = page.getByTestId('plan-cycle')
  const steps = [
    ['Uitproberen', 'Vijf vrijwilligers doen elk twee huisbezoeken bij 75-plussers.', '2019-05-01'],
    ['Wat we zagen', 'Ouderen openen de deur vaker voor een bekende uit de buurt.', '2019-06-05'],
    ['Wat we leerden', 'Een vaste koppeling vrijwilliger–oudere werkt beter dan wisselende bezoekers.', '2019-07-10'],
    ['Wat we invoeren', 'Vaste koppels in de training voor alle vrijwilligers.', '2019-09-18'],
  ] as const
  for (const [step, text, date] of steps) {
    await cycle.getByLabel(step, { exact: true }).fill(text)
    await cycle.getByLabel(`${step}: Datum (Cyclus 1)`).fill(date)
  }

  // Evaluatie van het plan: undone and redone with the buttons in the top bar.
  const approach = 'Na elke cyclus bespreekt de werkgroep de resultaten met de klankbordgroep.'
  await page.getByLabel('Evaluatie van het plan').fill(approach)
  await undoButton(app).click()
  await expect(page.getByLabel('Evaluatie van het plan')).toHaveValue('')
  await redoButton(app).click()
  await expect(page.getByLabel('Evaluatie van het plan')).toHaveValue(approach)

  // An action added in the plan is on the Acties screen, with its work group…
  const actionCount = await page.getByTestId('plan-action').count()
  expect(actionCount).toBeGreaterThan(3)
  await page.getByRole('button', { name: 'Actie toevoegen' }).click()
  await expect(page.getByLabel(`Wat (actie ${actionCount + 1})`)).toBeFocused()
  await page.keyboard.type('Jongerenwerk uitnodigen voor de werkgroep')
  await page.getByLabel(`Wie (actie ${actionCount + 1})`).selectOption({ label: 'Iris Schepers' })
  await page.getByLabel(`Deadline (actie ${actionCount + 1})`).fill('2030-03-01')
  await goTo(app, 'Acties')
  await page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: PREVENTIE })
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('Jongerenwerk uitnodigen')
  const row = page.getByTestId('action-row')
  await expect(row).toHaveCount(1)
  await expect(row.getByLabel('Wat moet er gebeuren?')).toHaveValue('Jongerenwerk uitnodigen voor de werkgroep')
  await expect(row).toContainText(`Werkgroep ${PREVENTIE}`)
  // …and one added on the Acties screen (while showing this work group) is in the plan.
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('')
  await page.getByRole('button', { name: 'Nieuwe actie' }).click()
  await expect(row.first().getByLabel('Wat moet er gebeuren?')).toBeFocused()
  await page.keyboard.type('Steunpunt 18-plus openen in de bibliotheek')
  await goTo(app, 'Plannen van aanpak')
  await expect(planTab(app, PREVENTIE)).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByLabel(`Wat (actie ${actionCount + 1})`)).toHaveValue('Jongerenwerk uitnodigen voor de werkgroep')
  await expect(page.getByLabel(`Wat (actie ${actionCount + 2})`)).toHaveValue('Steunpunt 18-plus openen in de bibliotheek')

  // All of it on disk.
  await expectSaved(app)
  const plan = (await planOnDisk(path, 'wg-02'))!
  const involvedIds = [...group.memberIds.filter((id) => id !== 'p-03'), 'p-07']
  expect(plan).toMatchObject({
    status: 'draft',
    versions: [],
    background,
    objective,
    intendedResults: results,
    learningQuestions: finalQuestions.map((text) => ({ text })),
    stakeholderIds: ['s-02', 's-09'],
    otherStakeholders: 'Alcander (welzijn), jongerenwerk Heerlen',
    evaluationApproach: approach,
    milestones: [
      { date: '2019-06-05', title: 'Advies 18-min/18-plus bij het management', done: true },
      { date: '2019-10-23', title: 'Tien vrijwilligers getraind', done: false },
    ],
    cycles: [
      {
        title: 'Pilot huisbezoeken',
        try: { text: steps[0][1], date: steps[0][2] },
        saw: { text: steps[1][1], date: steps[1][2] },
        learnt: { text: steps[2][1], date: steps[2][2] },
        implement: { text: steps[3][1], date: steps[3][2] },
      },
    ],
  })
  expect([...plan.involvedParticipantIds].sort()).toEqual([...involvedIds].sort())
  const actions = (await stored(path)).actions
  expect(actions.find((a) => a.what === 'Jongerenwerk uitnodigen voor de werkgroep')).toMatchObject({ workGroupId: 'wg-02', ownerId: 'p-21', deadline: '2030-03-01', meetingId: null })
  expect(actions.find((a) => a.what === 'Steunpunt 18-plus openen in de bibliotheek')).toMatchObject({ workGroupId: 'wg-02', meetingId: null })

  // And after closing and reopening the app.
  await reopenHeerlen(app)
  await goTo(app, 'Plannen van aanpak')
  await planTab(app, PREVENTIE).click()
  await expect(app.page.getByTestId('plan-status')).toHaveText('Concept')
  await expect(app.page.getByLabel('Aanleiding')).toHaveValue(background)
  await expect(app.page.getByLabel('Doelstelling')).toHaveValue(objective)
  await expect(app.page.getByLabel('Beoogde resultaten en producten')).toHaveValue(results)
  await expect.poll(() => questionTexts(app)).toEqual(finalQuestions)
  await expect(app.page.getByTestId('plan-involved').getByRole('checkbox', { name: /^Lei Bemelmans/ })).toBeChecked()
  await expect(app.page.getByTestId('plan-involved').getByRole('checkbox', { name: /^Carla op den Kamp/ })).not.toBeChecked()
  await expect(app.page.getByTestId('plan-stakeholders').getByRole('checkbox', { name: /^Hanneke Gielen/ })).toBeChecked()
  await expect(app.page.getByTestId('plan-stakeholders').getByRole('checkbox', { name: /^Monique Rutten/ })).toBeChecked()
  await expect(app.page.getByLabel('Andere betrokken partijen')).toHaveValue('Alcander (welzijn), jongerenwerk Heerlen')
  await expect(app.page.getByLabel('Mijlpaal 1', { exact: true })).toHaveValue('Advies 18-min/18-plus bij het management')
  await expect(app.page.getByLabel('Gehaald (mijlpaal 1)')).toBeChecked()
  await expect(app.page.getByLabel('Mijlpaal 2', { exact: true })).toHaveValue('Tien vrijwilligers getraind')
  await expect(app.page.getByLabel('Titel van cyclus 1')).toHaveValue('Pilot huisbezoeken')
  for (const [step, text, date] of steps) {
    await expect(app.page.getByTestId('plan-cycle').getByLabel(step, { exact: true })).toHaveValue(text)
    await expect(app.page.getByTestId('plan-cycle').getByLabel(`${step}: Datum (Cyclus 1)`)).toHaveValue(date)
  }
  await expect(app.page.getByLabel('Evaluatie van het plan')).toHaveValue(approach)
  await expect(app.page.getByLabel(`Wat (actie ${actionCount + 2})`)).toHaveValue('Steunpunt 18-plus openen in de bibliotheek')
})

test('the combined plan of the community, with roles for names, holds every work group’s objective and opens in LibreOffice', async ({ app }, testInfo) => {
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
  const opened = await readBack(testInfo, docx, 3)
  expect(opened.readingText).toContain('Plannen van aanpak')
  expect(opened.readingText).toContain('Deelnemers zijn aangeduid met hun rol.')
  const fixture = heerlenFixture()
  expect(fixture.plans).toHaveLength(3)
  for (const group of fixture.workGroups) {
    expect(opened.readingText).toContain(group.name)
    expect(opened.readingText).toContain(fixture.plans.find((p) => p.workGroupId === group.id)!.objective)
  }
  for (const { name } of fixture.participants) expect(opened.readingText).not.toContain(name)
})

/** Controls, emoji and a 400-character word as a person pastes them. */
const LONG_WORD = 'Vroegsignaleringsamenwerkingsovereenkomst'.repeat(10)
const PASTED_OBJECTIVE = 'Doel\u0007met\u000Bcontrole\u001Ftekens 🚀🏘️ samen sterker 💪🏽'

/**
 * Paste `text` into a field: all of it inserted at once, as a paste does. (The clipboard API
 * itself is not available to the test page, which is not a secure context.)
 */
async function paste(app: WerkbankApp, label: string, text: string): Promise<void> {
  const field = app.page.getByLabel(label, { exact: true })
  await field.fill('')
  await field.focus()
  await app.page.keyboard.insertText(text)
}

test('pasted control characters, emoji, a 400-character word and empty fields export fine; a failed export says why and harms nothing', async ({ app }, testInfo) => {
  test.setTimeout(150_000)
  await app.start()
  const path = await openHeerlen(app)
  await goTo(app, 'Plannen van aanpak')
  const page = app.page

  await paste(app, 'Doelstelling', PASTED_OBJECTIVE)
  await expect(page.getByLabel('Doelstelling')).toHaveValue(PASTED_OBJECTIVE)
  await page.getByLabel('Aanleiding').fill('')
  await paste(app, 'Beoogde resultaten en producten', `Een ${LONG_WORD} voor iedereen`)
  // An empty milestone and an empty action, as a person leaves them half done.
  await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click()
  await page.getByRole('button', { name: 'Actie toevoegen' }).click()
  await expectSaved(app)
  const plan = (await planOnDisk(path, 'wg-01'))!
  expect(plan.objective).toBe(PASTED_OBJECTIVE)
  expect(plan.background).toBe('')

  // Export to a folder that does not exist: a clear message, and the project is untouched.
  const projectBefore = await readFile(path)
  app.dialogs.saveAnswers.push(join(app.docsDir, 'Verdwenen map', 'Plan.docx'))
  await page.getByRole('button', { name: 'Exporteren naar Word…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Plan van aanpak exporteren' })
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  const error = dialog.getByTestId('error-notice')
  // Said plainly with the file's name, without opening the technical details.
  await expect(error.getByText('Plan.docx', { exact: true })).toBeVisible()
  await expect(error.getByText(/de map bestaat niet \(meer\), is alleen-lezen, of er staat al een map met deze naam/)).toBeVisible()
  await error.getByText('Technische details').click()
  await expect(error).toContainText('“Plan.docx” kon niet worden opgeslagen: de map bestaat niet of is alleen-lezen. Kies een andere plek.')
  await expect(dialog.getByTestId('export-done')).toHaveCount(0)

  // Export over a file that cannot be replaced (open in Word): said so, nothing lost.
  const locked = join(app.docsDir, 'Plan van aanpak burgerinitiatieven.docx')
  await writeFile(locked, 'de versie van gisteren')
  const unlock = await makeReadOnly(locked)
  test.skip(unlock === null, 'this machine cannot make a file refuse writes')
  try {
    app.dialogs.saveAnswers.push(locked)
    await dialog.getByRole('button', { name: 'Exporteren…' }).click()
    await expect(error).toHaveAttribute('data-code', 'FILE_LOCKED')
    await expect(error).toContainText('Het bestand is geopend in een ander programma (bijvoorbeeld Word) of je mag er niet schrijven.')
    await app.screenshot('plans-export-error')
    expect(await readFile(locked, 'utf8')).toBe('de versie van gisteren')
  } finally {
    await unlock?.()
  }
  expect(await readFile(path)).toEqual(projectBefore)
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved')
  await expect(page.getByTestId('plan-editor').getByLabel('Doelstelling')).toHaveValue(PASTED_OBJECTIVE)
  expect((await readdir(app.docsDir)).filter((name) => name.endsWith('.docx'))).toEqual(['Plan van aanpak burgerinitiatieven.docx'])

  // Choosing another place works; LibreOffice opens the document and reads the text back.
  const docx = join(app.docsDir, 'Plan met geplakte tekst.docx')
  app.dialogs.saveAnswers.push(docx)
  await dialog.getByRole('button', { name: 'Exporteren…' }).click()
  await expect(dialog.getByTestId('export-done')).toContainText('Plan met geplakte tekst.docx')
  await expect(dialog.getByTestId('error-notice')).toHaveCount(0)
  const opened = await readBack(testInfo, docx, 4)
  expect(opened.readingText).toContain('Doelmetcontroletekens')
  expect(opened.readingText).toContain('samen sterker')
  expect(opened.solidText).toContain(`Een${LONG_WORD}vooriedereen`)
})
