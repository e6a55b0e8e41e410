/**
 * Agenda builder, live chairing view and the Word exports of a meeting (issue 4, points 2, 4, 6),
 * on the Heerlen example. The chairing view runs on Playwright's controlled clock and is driven
 * by the keyboard; each export is opened in LibreOffice and its text checked.
 */
import { join, resolve } from 'node:path'
import { EXAMPLE_FILE_NAME } from '../../shared/examples/heerlen'
import { openInLibreOffice } from '../support/libreoffice'
import { expect, test, type WerkbankApp } from './fixtures'
import { expectSaved, goTo, openExample, readProjectJson, redo, undo } from './helpers'

test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' })

interface SavedMeeting {
  id: string
  agenda: Array<{
    id: string
    title: string
    kind: string
    durationMinutes: number
    ownerId: string | null
    preparation: string
    themeIds: string[]
    workGroupIds: string[]
    notes: string
    actualSeconds: number | null
    decisions: Array<{ text: string }>
  }>
  chairing: { startedAt: string; endedAt: string | null; itemTimes: Array<{ agendaItemId: string; startedAt: string; endedAt: string | null }> } | null
}
interface SavedProject {
  meetings: SavedMeeting[]
  actions: Array<{ what: string; meetingId: string | null; agendaItemId: string | null; ownerId: string | null }>
  agendaTemplates: Array<{ name: string; items: Array<{ title: string }> }>
}

/** Where the example project lives once opened (the app copies it into its data folder). */
const projectPath = async (app: WerkbankApp) => join(app.dataDir, 'Voorbeelden', EXAMPLE_FILE_NAME)

async function openMeetingAgenda(app: WerkbankApp, meetingId: string) {
  await goTo(app, 'Bijeenkomsten')
  await app.page.locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"] button.mt-row`).click()
  await app.page.getByRole('tab', { name: 'Agenda' }).click()
  await expect(app.page.getByTestId('agenda-builder')).toBeVisible()
}

const rows = (app: WerkbankApp) => app.page.getByTestId('agenda-item')
const titles = (app: WerkbankApp) => rows(app).locator('.agenda-title')
const starts = (app: WerkbankApp) => rows(app).getByTestId('agenda-start')
const savedMeeting = async (app: WerkbankApp, id: string): Promise<SavedMeeting> => {
  await expectSaved(app)
  const saved = (await readProjectJson(await projectPath(app))) as unknown as SavedProject
  return saved.meetings.find((m) => m.id === id)!
}

test('agenda builder: template, start times, overrun, drag by keyboard and mouse, own template, copy previous; survives reopen', async ({ app }) => {
  await app.start()
  await openExample(app)
  await openMeetingAgenda(app, 'mt-2019-05-01')
  const page = app.page
  await expect(page.getByTestId('agenda-builder').getByTestId('empty-state')).toBeVisible()
  // The group-phase guidance sits above the agenda: bring the agenda itself into view.
  await page.getByTestId('agenda-builder').evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await app.screenshot('agenda-builder-empty')

  // The standard plenary agenda ships as a template.
  await page.getByLabel('Sjabloon', { exact: true }).selectOption({ label: 'Plenaire bijeenkomst (standaard)' })
  await page.getByRole('button', { name: 'Toepassen' }).click()
  await expect(titles(app)).toHaveText(['Opening en check-in', 'Mededelingen', 'Terugkoppeling werkgroepen', 'Thema', 'Reflectie', 'Rondvraag', 'Afsluiting'])
  await expect(starts(app)).toHaveText(['15:30', '15:45', '15:55', '16:20', '17:00', '17:15', '17:25'])
  await expect(page.getByTestId('agenda-timing')).toContainText('gepland einde 17:30')
  await expect(page.getByTestId('agenda-timing')).toContainText('Past precies')

  // A longer theme item runs over the scheduled end: flagged on the agenda and on the items.
  await page.getByLabel('Duur (minuten): Thema').fill('55')
  await expect(page.getByTestId('agenda-overrun')).toHaveText('Loopt 15 min uit')
  await expect(rows(app).filter({ hasText: 'Afsluiting' })).toContainText('Na het geplande einde')

  // Edit an item: title, kind, owner, preparation, and what it is about (a work group and a theme).
  await page.getByRole('button', { name: '‘Thema’ bewerken' }).click()
  const editor = page.getByTestId('agenda-editor')
  await editor.getByLabel('Titel').fill('Thema: eenzaamheid onder ouderen')
  await editor.getByLabel('Soort').selectOption({ label: 'Bespreken' })
  await editor.getByLabel('Eigenaar of inleider').selectOption({ label: 'Roy Crombach' })
  await editor.getByLabel('Voorbereiding').fill('Lees de casus van mevrouw Janssen.')
  // (Closed, the themes list is hidden: this is the work group of that name, not the theme.)
  await editor.getByRole('checkbox', { name: 'Preventie en vroegsignalering', exact: true }).check()
  await editor.getByText('Thema’s (0)').click()
  await editor.getByRole('checkbox', { name: 'Eenzaamheid onder ouderen', exact: true }).check()
  await page.getByRole('button', { name: '‘Thema: eenzaamheid onder ouderen’ bewerken' }).click()
  await expect(page.getByTestId('agenda-editor')).toHaveCount(0)
  const themeRow = rows(app).filter({ hasText: 'Thema: eenzaamheid onder ouderen' })
  await expect(themeRow.locator('.agenda-kind')).toHaveText('Bespreken')
  await expect(themeRow.locator('.agenda-link')).toHaveText(['Preventie en vroegsignalering', 'Eenzaamheid onder ouderen'])
  await expect(themeRow.locator('.agenda-owner')).toHaveText('Roy Crombach')
  const edited = (await savedMeeting(app, 'mt-2019-05-01')).agenda.find((i) => i.title === 'Thema: eenzaamheid onder ouderen')
  expect(edited).toMatchObject({
    kind: 'discuss',
    ownerId: 'p-13',
    preparation: 'Lees de casus van mevrouw Janssen.',
    workGroupIds: ['wg-02'],
    themeIds: ['t-05'],
    durationMinutes: 55,
  })

  // Keyboard drag: Rondvraag two places up.
  await page.getByRole('button', { name: '‘Rondvraag’ verplaatsen' }).focus()
  const live = page.locator('[id^="DndLiveRegion"]').first()
  await page.keyboard.press('Space')
  await expect(live).toContainText('Je hebt ‘Rondvraag’ opgepakt, op plek 6 van 7.')
  await page.keyboard.press('ArrowUp')
  await expect(live).toContainText('‘Rondvraag’ komt op plek 5 van 7.')
  await page.keyboard.press('ArrowUp')
  await expect(live).toContainText('‘Rondvraag’ komt op plek 4 van 7.')
  await page.keyboard.press('Space')
  await expect(titles(app)).toHaveText(['Opening en check-in', 'Mededelingen', 'Terugkoppeling werkgroepen', 'Rondvraag', 'Thema: eenzaamheid onder ouderen', 'Reflectie', 'Afsluiting'])
  await expect(live).toContainText('‘Rondvraag’ staat nu op plek 4 van 7.')
  // Undo puts Rondvraag back in its place, redo moves it again; both on disk.
  const order = async () => (await savedMeeting(app, 'mt-2019-05-01')).agenda.map((i) => i.title)
  await undo(app)
  await expect(titles(app)).toHaveText(['Opening en check-in', 'Mededelingen', 'Terugkoppeling werkgroepen', 'Thema: eenzaamheid onder ouderen', 'Reflectie', 'Rondvraag', 'Afsluiting'])
  expect((await order())[5]).toBe('Rondvraag')
  await redo(app)
  await expect(titles(app)).toHaveText(['Opening en check-in', 'Mededelingen', 'Terugkoppeling werkgroepen', 'Rondvraag', 'Thema: eenzaamheid onder ouderen', 'Reflectie', 'Afsluiting'])
  expect((await order())[3]).toBe('Rondvraag')

  // Mouse drag: Mededelingen onto Opening (to the top).
  const handle = page.getByRole('button', { name: '‘Mededelingen’ verplaatsen' })
  const target = rows(app).first()
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('no boxes')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 })
  await page.mouse.move(to.x + 20, to.y + 4, { steps: 10 })
  await page.mouse.up()
  await expect(titles(app).first()).toHaveText('Mededelingen')
  await expect(starts(app).nth(1)).toHaveText('15:40')

  // Save as template.
  await page.getByRole('button', { name: 'Opslaan als sjabloon' }).click()
  const dialog = page.getByRole('dialog', { name: 'Agenda opslaan als sjabloon' })
  await dialog.getByLabel('Naam van het sjabloon').fill('Plenair met thema')
  await dialog.getByRole('button', { name: 'Sjabloon opslaan' }).click()
  await expect(page.getByText('Sjabloon ‘Plenair met thema’ opgeslagen.')).toBeVisible()
  await app.screenshot('agenda-builder')

  await expectSaved(app)
  const path = await projectPath(app)
  const saved = (await readProjectJson(path)) as unknown as SavedProject
  const may = saved.meetings.find((m) => m.id === 'mt-2019-05-01')!
  expect(may.agenda.map((i) => i.title)).toEqual(['Mededelingen', 'Opening en check-in', 'Terugkoppeling werkgroepen', 'Rondvraag', 'Thema: eenzaamheid onder ouderen', 'Reflectie', 'Afsluiting'])
  expect(may.agenda[4]?.durationMinutes).toBe(55)
  expect(saved.agendaTemplates.map((x) => x.name)).toContain('Plenair met thema')

  // Copy the previous meeting's agenda into the next one (its previous is the May meeting now).
  await page.getByRole('button', { name: /Alle bijeenkomsten/ }).click()
  await openMeetingAgenda(app, 'mt-2019-06-05')
  await page.getByRole('button', { name: 'Agenda van vorige bijeenkomst overnemen' }).click()
  await expect(titles(app)).toHaveCount(7)
  await expect(titles(app).nth(4)).toHaveText('Thema: eenzaamheid onder ouderen')
  // Own templates are offered too.
  await expect(page.getByLabel('Sjabloon', { exact: true }).locator('option', { hasText: 'Plenair met thema' })).toHaveCount(1)
  await expectSaved(app)

  await app.reopen()
  await openExample(app)
  await openMeetingAgenda(app, 'mt-2019-05-01')
  await expect(titles(app).first()).toHaveText('Mededelingen')
  await expect(app.page.getByTestId('agenda-overrun')).toHaveText('Loopt 15 min uit')
})

test.describe('on a computer set to another time zone', () => {
  // The chairing view shows Amsterdam time, whatever the computer's own zone.
  test.use({ timezoneId: 'UTC' })

test('chairing view: driven by keyboard on a controlled clock, records actual time, notes, decisions and actions; undo moves the view with the project', async ({ app }) => {
  const start = new Date('2019-03-27T15:30:00+01:00')
  // Installed before the app loads; paused at the meeting's start so every second is the test's to give.
  await app.page.clock.install({ time: new Date(start.getTime() - 60_000) })
  await app.start()
  await app.page.clock.pauseAt(start)
  await openExample(app)
  await openMeetingAgenda(app, 'mt-2019-03-27')
  const page = app.page
  await page.getByRole('button', { name: 'Vergadering leiden' }).click()
  const view = page.getByTestId('chairing-view')
  await expect(view).toBeVisible()
  await expect(view).toContainText('Klaar om te beginnen')
  await expect(view.getByTestId('chairing-next')).toContainText('Opening en check-in')

  // → starts the first item: 10 minutes. The clock reads Amsterdam time.
  await page.keyboard.press('ArrowRight')
  await expect(view.getByTestId('chairing-current')).toHaveText('Opening en check-in')
  await expect(view.getByTestId('chairing-countdown')).toHaveText('10:00')
  await expect(view.getByTestId('chairing-clock')).toContainText('Nu 15:30')
  await page.clock.fastForward(4 * 60_000)
  await expect(view.getByTestId('chairing-countdown')).toHaveText('06:00')
  // Running over: the countdown turns into time over, with a warning.
  await page.clock.fastForward(8 * 60_000)
  await expect(view.getByTestId('chairing-countdown')).toHaveText('+02:00')
  await expect(view.getByTestId('chairing-status')).toHaveText('02:00 over tijd')
  // The agenda had 15 minutes to spare: two minutes over still ends in time.
  await expect(view.getByTestId('chairing-expected')).toHaveText('Binnen de tijd (tot 17:17)')

  // N moves on; P pauses (time stands still), P resumes.
  await page.keyboard.press('n')
  await expect(view.getByTestId('chairing-current')).toHaveText('Terugkoppeling werkgroepen')
  await expect(view.getByTestId('chairing-position')).toContainText('Punt 2 van 4')
  // Ctrl+Z undoes moving on: back on the first item, whose clock ran on meanwhile; Ctrl+Y moves on again.
  await page.clock.fastForward(30_000)
  await expect(view.getByTestId('chairing-countdown')).toHaveText('39:30')
  await page.keyboard.press('Control+z')
  await expect(view.getByTestId('chairing-current')).toHaveText('Opening en check-in')
  await expect(view.getByTestId('chairing-position')).toContainText('Punt 1 van 4')
  await expect(view.getByTestId('chairing-countdown')).toHaveText('+02:30')
  await page.keyboard.press('Control+y')
  await expect(view.getByTestId('chairing-current')).toHaveText('Terugkoppeling werkgroepen')
  await expect(view.getByTestId('chairing-countdown')).toHaveText('39:30')
  await page.clock.fastForward(4 * 60_000 + 30_000)
  await page.keyboard.press('p')
  await expect(view.getByTestId('chairing-status')).toHaveText('Gepauzeerd')
  await page.clock.fastForward(3 * 60_000)
  await expect(view.getByTestId('chairing-countdown')).toHaveText('35:00')
  await page.keyboard.press('p')
  await expect(view.getByTestId('chairing-status')).toHaveText('')

  // Quick capture by keyboard: a note, a decision (Enter), an action (Enter); Esc leaves the field.
  await view.getByLabel('Aantekeningen bij dit punt').focus()
  await page.keyboard.press('End')
  await page.keyboard.type(' De kaart is bijna klaar.')
  await page.keyboard.press('Escape')
  await expect(view).toBeVisible()
  await view.getByLabel('Besluit', { exact: true }).focus()
  await page.keyboard.type('De sociale kaart gaat in mei naar alle SBT’s.')
  await page.keyboard.press('Enter')
  await expect(view.getByTestId('chairing-decisions')).toContainText('De sociale kaart gaat in mei naar alle SBT’s.')
  // Recorded decisions stay undoable in the view: Ctrl+Z takes it back, Ctrl+Y records it again.
  await page.keyboard.press('Control+z')
  await expect(view.getByTestId('chairing-decisions')).not.toContainText('De sociale kaart gaat in mei')
  await expect(view.getByTestId('chairing-current')).toHaveText('Terugkoppeling werkgroepen')
  await page.keyboard.press('Control+y')
  await expect(view.getByTestId('chairing-decisions')).toContainText('De sociale kaart gaat in mei naar alle SBT’s.')
  await view.getByLabel('Actie', { exact: true }).focus()
  await page.keyboard.type('Sociale kaart drukklaar maken')
  await page.keyboard.press('Tab')
  await page.keyboard.press('r') // select a person by typing
  await view.getByLabel('Wie').selectOption({ label: 'Roy Crombach' })
  await view.getByLabel('Actie', { exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(view.getByTestId('chairing-actions')).toContainText('Sociale kaart drukklaar maken — Roy Crombach')
  await page.keyboard.press('Escape')
  await page.clock.fastForward(60_000)
  await app.screenshot('chairing-view')

  // ← goes back to the first item (its time adds up), → twice more, then the last item and finish.
  await page.keyboard.press('ArrowLeft')
  await expect(view.getByTestId('chairing-current')).toHaveText('Opening en check-in')
  await page.clock.fastForward(30_000)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(view.getByTestId('chairing-current')).toHaveText('Werkvorm: signalen van eenzaamheid')
  await page.clock.fastForward(40 * 60_000)
  await page.keyboard.press('ArrowRight')
  await expect(view.getByTestId('chairing-current')).toHaveText('Rondvraag en afsluiting')
  await page.clock.fastForward(9 * 60_000)
  await page.keyboard.press('ArrowRight')
  await expect(view.getByTestId('chairing-finished')).toContainText('Bijeenkomst afgerond')
  await expect(view.getByTestId('chairing-finished')).toContainText('12:30 (gepland 10 min)')
  await expect(view.getByRole('button', { name: 'Opnieuw beginnen' })).toBeVisible()
  await app.screenshot('chairing-finished')
  await page.keyboard.press('Escape')
  await expect(view).toHaveCount(0)

  // The agenda shows actual against planned.
  await expect(rows(app).first().getByTestId('agenda-actual')).toHaveText('Werkelijk: 12:30 (gepland 10:00)')
  await page.clock.fastForward(2_000)
  await expectSaved(app)
  const saved = (await readProjectJson(await projectPath(app))) as unknown as SavedProject
  const march = saved.meetings.find((m) => m.id === 'mt-2019-03-27')!
  expect(march.agenda.map((i) => i.actualSeconds)).toEqual([750, 6 * 60, 40 * 60, 9 * 60])
  expect(march.agenda[1]?.notes).toContain('in de maak. De kaart is bijna klaar.')
  expect(march.agenda[1]?.decisions.map((d) => d.text)).toContain('De sociale kaart gaat in mei naar alle SBT’s.')
  expect(march.chairing?.startedAt).toBe('2019-03-27T15:30:00.000+01:00')
  expect(march.chairing?.endedAt).not.toBeNull()
  // Each uninterrupted stretch is a visit: the pause split the second item's first visit in two.
  expect(march.chairing?.itemTimes.map((x) => x.agendaItemId)).toEqual(['ai-0327-1', 'ai-0327-2', 'ai-0327-2', 'ai-0327-1', 'ai-0327-2', 'ai-0327-3', 'ai-0327-4'])
  const action = saved.actions.find((a) => a.what === 'Sociale kaart drukklaar maken')
  expect(action).toMatchObject({ meetingId: 'mt-2019-03-27', agendaItemId: 'ai-0327-2' })
  expect(action?.ownerId).not.toBeNull()
})
})

test('Word exports: invitation and minutes through the scripted save dialog, opened in LibreOffice; a failed write is explained', async ({ app }, testInfo) => {
  await app.start()
  await openExample(app)
  await openMeetingAgenda(app, 'mt-2019-03-27')
  const page = app.page
  const out = resolve(testInfo.outputDir)

  const invitation = join(app.docsDir, 'Uitnodiging maart.docx')
  app.dialogs.saveAnswers.push(invitation)
  await page.getByRole('button', { name: 'Uitnodiging (Word)' }).click()
  await expect(page.getByText('Opgeslagen als Uitnodiging maart.docx.')).toBeVisible()
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggestedName: 'Uitnodiging Eenzaamheid: signalen herkennen 27 maart 2019.docx' })

  const minutes = join(app.docsDir, 'Verslag maart.docx')
  app.dialogs.saveAnswers.push(minutes)
  await page.getByRole('button', { name: 'Verslag (Word)' }).click()
  await expect(page.getByText('Opgeslagen als Verslag maart.docx.')).toBeVisible()

  const agendaTitles = ['Opening en check-in', 'Terugkoppeling werkgroepen', 'Werkvorm: signalen van eenzaamheid', 'Rondvraag en afsluiting']
  const inv = await openInLibreOffice(invitation, { outDir: out, renderPages: 2, dpi: 70 })
  expect(inv.flatText).toContain('Uitnodiging: Eenzaamheid: signalen herkennen')
  expect(inv.flatText).toContain('woensdag 27 maart 2019')
  for (const title of agendaTitles) expect(inv.flatText).toContain(title)
  expect(inv.flatText).toMatch(/15:30 Opening en check-in/)
  // The agenda table: number, time, item, kind, duration and owner per row.
  expect(inv.flatText).toContain('Nr Tijd Onderwerp Soort Duur Wie')
  expect(inv.flatText).toContain('1 15:30 Opening en check-in Informeren 10 min Mohamed El Amrani')
  expect(inv.flatText).toContain('3 16:20 Werkvorm: signalen van eenzaamheid Werkvorm 45 min Roy Crombach')
  expect(inv.flatText).toContain('Voorzitter: Mohamed El Amrani Notulist: Carla op den Kamp Tijdbewaker: Anouk Ummels')

  const ver = await openInLibreOffice(minutes, { outDir: out, renderPages: 3, dpi: 70 })
  expect(ver.flatText).toContain('Verslag: Eenzaamheid: signalen herkennen')
  expect(ver.flatText).toContain('woensdag 27 maart 2019')
  for (const title of agendaTitles) expect(ver.flatText).toContain(title)
  expect(ver.flatText).toContain('De werkgroep preventie ontwikkelt een training voor vrijwilligers en sleutelfiguren.')
  // Owners in the agenda table and per item; the Besluiten and Acties chapters with their tables.
  expect(ver.flatText).toContain('3 16:20 Werkvorm: signalen van eenzaamheid 45 min Roy Crombach')
  expect(ver.flatText).toContain('2.3 Werkvorm: signalen van eenzaamheid Werkvorm · Roy Crombach')
  expect(ver.flatText).toContain('3. Besluiten Nr Agendapunt Besluit 3 Werkvorm')
  expect(ver.flatText).toContain('4. Acties Wat Wie Deadline Status')
  // Each action with who, its deadline (Dutch, day first) and status, in the table and under its item.
  expect(ver.flatText).toContain('Sociale kaart van burgerinitiatieven afmaken Anouk Ummels 1-6-2019 Bezig')
  expect(ver.flatText).toMatch(/Training eenzaamheid voor vrijwilligers uitwerken( met Alcander)? Roy Crombach 29-5-2019 Afgerond/)
  expect(ver.flatText).toContain('Acties • Sociale kaart van burgerinitiatieven afmaken — Anouk Ummels — 1-6-2019')
  const saved = (await readProjectJson(await projectPath(app))) as unknown as SavedProject
  for (const action of saved.actions.filter((a) => a.meetingId === 'mt-2019-03-27')) expect(ver.flatText).toContain(action.what.slice(0, 40))
  await testInfo.attach('uitnodiging-pagina-1', { path: inv.pngPaths[0]!, contentType: 'image/png' })
  await testInfo.attach('verslag-pagina-1', { path: ver.pngPaths[0]!, contentType: 'image/png' })

  // A folder that is gone: a Dutch message, nothing lost.
  app.dialogs.saveAnswers.push(join(app.docsDir, 'bestaat-niet', 'Verslag.docx'))
  await page.getByRole('button', { name: 'Verslag (Word)' }).click()
  const error = page.getByTestId('error-notice')
  await expect(error).toHaveAttribute('data-code', 'EXPORT_TARGET_UNAVAILABLE')
  await expect(error.getByText('Verslag.docx', { exact: true })).toBeVisible()
  await expect(error).toContainText('de map bestaat niet (meer), is alleen-lezen')
})
