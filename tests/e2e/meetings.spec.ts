/**
 * Bijeenkomsten (issue 4, points 1, 3 and 5): planning a series with flagged dates, single and
 * work-group meetings, the upcoming and past lists, locations, move/cancel/duplicate, the .ics
 * export written through the scripted save dialog and parsed back; roles with the rotation
 * suggestion, host and custom roles, and the role tally; attendance per meeting and the overview;
 * minutes with decisions and actions; removing a meeting or an agenda item keeps its actions.
 * Every kind of change is undone and redone once. Everything is driven through the real UI,
 * checked in the file on disk and after a restart.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fixturePath } from '../fixtures/paths'
import { expect, test, type WerkbankApp } from './fixtures'
import { createCommunity, expectSaved, goTo, openHeerlen, readProjectJson, redo, undo } from './helpers'

interface StoredMeeting {
  id: string
  kind: string
  title: string
  seriesId: string | null
  workGroupId: string | null
  date: string
  startTime: string
  endTime: string
  locationId: string | null
  status: string
  roles: Array<{ role: string; participantId: string }>
  attendance: Array<{ participantId: string; status: string }>
  agenda: Array<{ id: string; title: string; notes: string; decisions: Array<{ id: string; text: string }> }>
}
type StoredAction = {
  id: string
  what: string
  ownerId: string | null
  deadline: string | null
  status: string
  meetingId: string | null
  agendaItemId: string | null
  workGroupId: string | null
}
interface StoredProject {
  participants: Array<{ id: string; name: string; active: boolean }>
  locations: Array<{ id: string; name: string; address: string; notes: string }>
  meetingSeries: Array<{ id: string; kind: string; workGroupId: string | null; intervalWeeks: number; startDate: string }>
  meetings: StoredMeeting[]
  actions: StoredAction[]
  holidayPeriods: Array<{ id: string; name: string; startDate: string; endDate: string }>
  roleWillingness: Array<{ participantId: string; roles: string[] }>
}

const read = async (path: string) => (await readProjectJson(path)) as unknown as StoredProject

async function openMeetingsScreen(app: WerkbankApp): Promise<void> {
  await goTo(app, 'Bijeenkomsten')
  await expect(app.page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible()
}

async function section(app: WerkbankApp, name: string): Promise<void> {
  await app.page.getByRole('tablist', { name: 'Onderdelen van Bijeenkomsten' }).getByRole('tab', { name }).click()
}

async function openMeetingRow(app: WerkbankApp, meetingId: string): Promise<void> {
  await app.page.locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"] button`).click()
  await expect(app.page.getByTestId('meeting-detail')).toBeVisible()
}

async function detailTab(app: WerkbankApp, name: string): Promise<void> {
  await app.page.getByRole('tablist', { name: 'Onderdelen van de bijeenkomst' }).getByRole('tab', { name }).click()
}

/** The date and times of the meetings listed under Komend or Afgelopen, in list order. */
const listed = (app: WerkbankApp, list: 'meetings-upcoming' | 'meetings-past') =>
  app.page.getByTestId(list).locator('[data-testid="meeting-row"] .mt-row-when')

/** "Today" for the planning: 1 November 2019, so the lists have meetings on both sides. */
const NOVEMBER_2019 = new Date('2019-11-01T12:00:00+01:00')

/** Unfold an .ics text (RFC 5545 §3.1) into its content lines. */
const icsLines = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)

test('plan a series every 5 weeks with flagged dates, locations and a holiday; upcoming and past; move, cancel and duplicate, each undone and redone', async ({ app }) => {
  await app.page.clock.setFixedTime(NOVEMBER_2019)
  await app.start()
  const path = await createCommunity(app, 'Leergemeenschap Parkstad')
  await openMeetingsScreen(app)
  await expect(app.page.getByTestId('empty-state')).toContainText('Nog geen bijeenkomsten')

  // A location to pick from.
  await section(app, 'Locaties')
  await app.page.getByRole('button', { name: 'Locatie toevoegen' }).click()
  const card = app.page.getByTestId('location-card').first()
  await card.getByLabel('Naam').fill('Buurthuis De Schakel')
  await card.getByLabel('Adres').fill('Hoofdstraat 1, Kerkrade')
  await card.getByLabel('Notities').fill('Rolstoeltoegankelijk; sleutel bij de beheerder.')

  // A school-holiday period the facilitator marks.
  await section(app, 'Vakanties')
  await app.page.getByRole('button', { name: 'Vakantie toevoegen' }).click()
  const holiday = app.page.getByTestId('holiday-row').first()
  await holiday.getByLabel('Naam').fill('Herfstvakantie')
  await holiday.getByLabel('Van').fill('2019-10-12')
  await holiday.getByLabel('Tot en met').fill('2019-10-20')

  // A series every 5 weeks (the default) from 11 September 2019, 19:30–21:30, six times.
  await section(app, 'Planning')
  await app.page.getByRole('button', { name: 'Nieuwe reeks…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Nieuwe reeks bijeenkomsten' })
  await expect(dialog.getByLabel('Elke … weken')).toHaveValue('5')
  await dialog.getByLabel('Eerste datum').fill('2019-09-11')
  await dialog.getByLabel('Begintijd').fill('19:30')
  await dialog.getByLabel('Eindtijd').fill('21:30')
  await dialog.getByLabel('Locatie').selectOption({ label: 'Buurthuis De Schakel' })
  await dialog.getByRole('spinbutton', { name: 'Aantal keer' }).fill('6')
  const preview = dialog.getByTestId('series-preview')
  await expect(preview).toContainText('Dit maakt 6 bijeenkomsten')
  // 16 October lies in the marked autumn holiday; 25 December is Christmas: flagged, not moved.
  await expect(preview.getByText('wo 16 okt 2019')).toBeVisible()
  await expect(preview).toContainText('Schoolvakantie: Herfstvakantie')
  await expect(preview).toContainText('Feestdag: Eerste Kerstdag')
  await dialog.getByRole('button', { name: 'Reeks maken' }).click()
  await expect(dialog).toBeHidden()

  // On 1 November two of them lie behind us (latest first), four ahead (soonest first).
  await expect(listed(app, 'meetings-upcoming')).toHaveText([
    'wo 20 nov 2019, 19:30–21:30',
    'wo 25 dec 2019, 19:30–21:30',
    'wo 29 jan 2020, 19:30–21:30',
    'wo 4 mrt 2020, 19:30–21:30',
  ])
  await expect(listed(app, 'meetings-past')).toHaveText(['wo 16 okt 2019, 19:30–21:30', 'wo 11 sep 2019, 19:30–21:30'])
  await expect(app.page.getByTestId('meetings-summary')).toHaveText('4 komend · 2 afgelopen')

  await expectSaved(app)
  let stored = await read(path)
  expect(stored.meetingSeries).toHaveLength(1)
  expect(stored.meetingSeries[0]).toMatchObject({ intervalWeeks: 5, startDate: '2019-09-11' })
  expect(stored.meetings.map((m) => m.date)).toEqual(['2019-09-11', '2019-10-16', '2019-11-20', '2019-12-25', '2020-01-29', '2020-03-04'])
  expect(stored.meetings.every((m) => m.startTime === '19:30' && m.endTime === '21:30' && m.locationId === stored.locations[0]!.id)).toBe(true)
  expect(stored.locations[0]).toMatchObject({ name: 'Buurthuis De Schakel', address: 'Hoofdstraat 1, Kerkrade', notes: 'Rolstoeltoegankelijk; sleutel bij de beheerder.' })
  expect(stored.holidayPeriods[0]).toMatchObject({ name: 'Herfstvakantie', startDate: '2019-10-12', endDate: '2019-10-20' })
  const dateOf = async (id: string) => {
    await expectSaved(app)
    return (await read(path)).meetings.find((m) => m.id === id)
  }

  // The Christmas meeting is flagged in the list; move it to 18 December.
  const christmas = stored.meetings.find((m) => m.date === '2019-12-25')!
  const row = app.page.locator(`[data-testid="meeting-row"][data-meeting-id="${christmas.id}"]`)
  await expect(row.getByTestId('meeting-flag')).toHaveText('Feestdag: Eerste Kerstdag')
  await openMeetingRow(app, christmas.id)
  await app.page.getByRole('button', { name: 'Verplaatsen…' }).click()
  const move = app.page.getByRole('dialog', { name: 'Bijeenkomst verplaatsen' })
  await move.getByLabel('Datum').fill('2019-12-18')
  await move.getByLabel('Begintijd').fill('19:00')
  await move.getByRole('button', { name: 'Verplaatsen' }).click()
  await expect(app.page.getByTestId('meeting-when')).toContainText('wo 18 dec 2019, 19:00–21:30')
  await expect(app.page.getByTestId('meeting-detail').getByTestId('meeting-flag')).toHaveCount(0)
  // Undo puts it back on Christmas day, flagged; redo moves it again.
  await undo(app)
  await expect(app.page.getByTestId('meeting-when')).toContainText('wo 25 dec 2019, 19:30–21:30')
  await expect(app.page.getByTestId('meeting-detail').getByTestId('meeting-flag')).toHaveText('Feestdag: Eerste Kerstdag')
  expect(await dateOf(christmas.id)).toMatchObject({ date: '2019-12-25', startTime: '19:30' })
  await redo(app)
  await expect(app.page.getByTestId('meeting-when')).toContainText('wo 18 dec 2019, 19:00–21:30')
  expect(await dateOf(christmas.id)).toMatchObject({ date: '2019-12-18', startTime: '19:00' })

  // Duplicate it onto 8 January 2020 (a copy of its own, not in the series).
  await app.page.getByRole('button', { name: 'Dupliceren…' }).click()
  const duplicate = app.page.getByRole('dialog', { name: 'Bijeenkomst dupliceren' })
  await duplicate.getByLabel('Datum van de kopie').fill('2020-01-08')
  await duplicate.getByRole('button', { name: 'Dupliceren' }).click()
  await expect(app.page.getByTestId('meeting-when')).toContainText('wo 8 jan 2020, 19:00–21:30')
  // Undo takes the copy away again (its page says so); redo brings it back.
  await undo(app)
  await expect(app.page.getByText('Deze bijeenkomst bestaat niet meer.')).toBeVisible()
  await expectSaved(app)
  expect((await read(path)).meetings.map((m) => m.date)).not.toContain('2020-01-08')
  await redo(app)
  await expect(app.page.getByTestId('meeting-when')).toContainText('wo 8 jan 2020, 19:00–21:30')
  await expectSaved(app)
  expect((await read(path)).meetings.map((m) => m.date)).toContain('2020-01-08')

  // Cancel the autumn-holiday meeting; undo and redo the cancellation.
  await app.page.getByRole('button', { name: 'Alle bijeenkomsten' }).click()
  const autumn = stored.meetings.find((m) => m.date === '2019-10-16')!
  await openMeetingRow(app, autumn.id)
  await app.page.getByRole('button', { name: 'Afgelasten' }).click()
  await expect(app.page.getByTestId('meeting-cancelled')).toHaveText('Afgelast')
  await undo(app)
  await expect(app.page.getByTestId('meeting-cancelled')).toHaveCount(0)
  await expect(app.page.getByRole('button', { name: 'Afgelasten' })).toBeVisible()
  expect(await dateOf(autumn.id)).toMatchObject({ status: 'planned' })
  await redo(app)
  await expect(app.page.getByTestId('meeting-cancelled')).toHaveText('Afgelast')
  expect(await dateOf(autumn.id)).toMatchObject({ status: 'cancelled' })

  // A single work-group-free meeting planned through its own dialog.
  await app.page.getByRole('button', { name: 'Alle bijeenkomsten' }).click()
  await app.page.getByRole('button', { name: 'Losse bijeenkomst…' }).click()
  const single = app.page.getByRole('dialog', { name: 'Losse bijeenkomst plannen' })
  await single.getByLabel('Titel').fill('Slotbijeenkomst')
  await single.getByLabel('Datum').fill('2020-04-01')
  await single.getByRole('button', { name: 'Plannen' }).click()
  await expect(app.page.getByTestId('meeting-title')).toHaveText('Slotbijeenkomst')

  await expectSaved(app)
  stored = await read(path)
  const byDate = new Map(stored.meetings.map((m) => [m.date, m]))
  expect(byDate.has('2019-12-25')).toBe(false)
  expect(byDate.get('2019-12-18')).toMatchObject({ startTime: '19:00', endTime: '21:30', seriesId: stored.meetingSeries[0]!.id })
  expect(byDate.get('2020-01-08')).toMatchObject({ startTime: '19:00', seriesId: null, status: 'planned' })
  expect(byDate.get('2019-10-16')).toMatchObject({ status: 'cancelled' })
  expect(byDate.get('2020-04-01')).toMatchObject({ title: 'Slotbijeenkomst', kind: 'single', seriesId: null })

  // Everything is still there after a restart, in the right list.
  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Parkstad/ }).click()
  await openMeetingsScreen(app)
  await expect(listed(app, 'meetings-upcoming')).toHaveText([
    'wo 20 nov 2019, 19:30–21:30',
    'wo 18 dec 2019, 19:00–21:30',
    'wo 8 jan 2020, 19:00–21:30',
    'wo 29 jan 2020, 19:30–21:30',
    'wo 4 mrt 2020, 19:30–21:30',
    'wo 1 apr 2020, 19:30–21:30',
  ])
  await expect(listed(app, 'meetings-past')).toHaveText(['wo 16 okt 2019, 19:30–21:30', 'wo 11 sep 2019, 19:30–21:30'])
  await openMeetingRow(app, autumn.id)
  await expect(app.page.getByTestId('meeting-cancelled')).toBeVisible()
  await expect(app.page.getByTestId('meeting-detail').getByTestId('meeting-flag')).toHaveText('Schoolvakantie: Herfstvakantie')
})

test('work-group meetings, single and as a series, appear in the planning with their group', async ({ app }) => {
  await app.page.clock.setFixedTime(NOVEMBER_2019)
  await app.start()
  const path = await openHeerlen(app)
  await openMeetingsScreen(app)

  // A single meeting of the prevention group; its title comes from the group.
  await app.page.getByRole('button', { name: 'Losse bijeenkomst…' }).click()
  const single = app.page.getByRole('dialog', { name: 'Losse bijeenkomst plannen' })
  await single.getByLabel('Soort').selectOption({ label: 'Werkgroep' })
  await single.getByLabel('Werkgroep', { exact: true }).selectOption({ label: 'Preventie en vroegsignalering' })
  await single.getByLabel('Datum').fill('2019-11-13')
  await single.getByLabel('Begintijd').fill('14:00')
  await single.getByLabel('Eindtijd').fill('15:30')
  await single.getByRole('button', { name: 'Plannen' }).click()
  await expect(app.page.getByTestId('meeting-title')).toHaveText('Preventie en vroegsignalering')
  await expect(app.page.getByTestId('meeting-when')).toContainText('wo 13 nov 2019, 14:00–15:30')
  await app.page.getByRole('button', { name: 'Alle bijeenkomsten' }).click()

  // A series of the SBT group: every 3 weeks from 6 November, three times.
  await app.page.getByRole('button', { name: 'Nieuwe reeks…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Nieuwe reeks bijeenkomsten' })
  await dialog.getByLabel('Titel').fill('Werkgroep SBT’s')
  await dialog.getByLabel('Soort').selectOption({ label: 'Werkgroep' })
  await dialog.getByLabel('Werkgroep', { exact: true }).selectOption({ label: 'Functioneren van de sociale buurtteams (SBT’s)' })
  await dialog.getByLabel('Eerste datum').fill('2019-11-06')
  await dialog.getByLabel('Elke … weken').fill('3')
  await dialog.getByRole('spinbutton', { name: 'Aantal keer' }).fill('3')
  await expect(dialog.getByTestId('series-preview')).toContainText('Dit maakt 3 bijeenkomsten')
  await dialog.getByRole('button', { name: 'Reeks maken' }).click()
  await expect(dialog).toBeHidden()

  // The upcoming list, soonest first, mixes them with the plenary meetings; each shows its group.
  await expect(listed(app, 'meetings-upcoming')).toHaveText([
    'wo 6 nov 2019, 19:30–21:30',
    'wo 13 nov 2019, 14:00–15:30',
    'wo 27 nov 2019, 15:30–17:30',
    'wo 27 nov 2019, 19:30–21:30',
    'wo 11 dec 2019, 15:00–18:00',
    'wo 18 dec 2019, 19:30–21:30',
  ])
  const upcoming = app.page.getByTestId('meetings-upcoming').getByTestId('meeting-row')
  await expect(upcoming.nth(0)).toContainText('Werkgroep SBT’s')
  await expect(upcoming.nth(0)).toContainText('Functioneren van de sociale buurtteams (SBT’s)')
  await expect(upcoming.nth(1)).toContainText('Preventie en vroegsignalering')
  await expect(upcoming.nth(2)).toContainText('Plenair')
  await expect(listed(app, 'meetings-past')).toHaveCount(15)
  await expect(listed(app, 'meetings-past').first()).toHaveText('wo 23 okt 2019, 15:30–17:30')
  await expect(listed(app, 'meetings-past').last()).toHaveText('wo 5 sep 2018, 15:00–17:30')

  await expectSaved(app)
  const stored = await read(path)
  const before = new Set((JSON.parse(await readFile(fixturePath('heerlen.werkbank.json'), 'utf8')) as StoredProject).meetings.map((m) => m.id))
  const added = stored.meetings.filter((m) => !before.has(m.id))
  expect(added.map((m) => [m.date, m.kind, m.workGroupId, m.startTime]).sort()).toEqual([
    ['2019-11-06', 'workGroup', 'wg-03', '19:30'],
    ['2019-11-13', 'workGroup', 'wg-02', '14:00'],
    ['2019-11-27', 'workGroup', 'wg-03', '19:30'],
    ['2019-12-18', 'workGroup', 'wg-03', '19:30'],
  ])
  const series = stored.meetingSeries.find((x) => x.workGroupId === 'wg-03')
  expect(series).toMatchObject({ kind: 'workGroup', intervalWeeks: 3, startDate: '2019-11-06' })
  expect(added.filter((m) => m.seriesId === series?.id)).toHaveLength(3)
  expect(added.find((m) => m.date === '2019-11-13')).toMatchObject({ seriesId: null, title: 'Preventie en vroegsignalering' })
})

test('removing a meeting or an agenda item keeps its actions in the action list; undo links them again', async ({ app }) => {
  await app.start()
  const path = await openHeerlen(app)
  const actionsOf = async () => {
    await expectSaved(app)
    return new Map((await read(path)).actions.map((a) => [a.id, a]))
  }

  // The closing evaluation agreed two actions; the confirmation says they stay.
  await openMeetingsScreen(app)
  await openMeetingRow(app, 'mt-2019-12-11')
  await app.page.getByRole('button', { name: 'Verwijderen' }).click()
  const confirm = app.page.getByRole('alertdialog', { name: 'Bijeenkomst verwijderen?' })
  await expect(confirm).toContainText('De 2 acties die hier zijn afgesproken blijven in de actielijst staan, los van de bijeenkomst.')
  await confirm.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(app.page.getByText('Bijeenkomst van wo 11 dec 2019 verwijderd; de 2 acties staan nog in de actielijst.')).toBeVisible()
  let actions = await actionsOf()
  expect(actions.get('ac-14')).toMatchObject({ what: 'Quotes van de evaluatie uitwerken voor het artikel', meetingId: null, agendaItemId: null, status: 'open' })
  expect(actions.get('ac-15')).toMatchObject({ meetingId: null, agendaItemId: null, ownerId: 'p-04', deadline: '2020-01-31' })
  expect((await read(path)).meetings.some((m) => m.id === 'mt-2019-12-11')).toBe(false)

  // On the Acties screen they are still there, no longer "from" a meeting.
  await goTo(app, 'Acties')
  const quotes = app.page.locator('[data-testid="action-row"][data-action-id="ac-14"]')
  await expect(quotes.getByLabel('Wat moet er gebeuren?')).toHaveValue('Quotes van de evaluatie uitwerken voor het artikel')
  await expect(quotes.getByRole('button', { name: /^Open de bijeenkomst/ })).toHaveCount(0)
  // Undo brings the meeting back and links the actions to it again.
  await undo(app)
  await expect(quotes.getByRole('button', { name: 'Open de bijeenkomst Afrondende evaluatiebijeenkomst · wo 11 dec 2019' })).toBeVisible()
  actions = await actionsOf()
  expect(actions.get('ac-14')).toMatchObject({ meetingId: 'mt-2019-12-11', agendaItemId: 'ai-1211-2' })

  // Removing the agenda item an action came from keeps the action with the meeting.
  await goTo(app, 'Bijeenkomsten')
  await openMeetingRow(app, 'mt-2019-03-27')
  await detailTab(app, 'Agenda')
  await app.page.getByRole('button', { name: '‘Werkvorm: signalen van eenzaamheid’ verwijderen' }).click()
  await expect(app.page.getByText('‘Werkvorm: signalen van eenzaamheid’ is verwijderd; de actie ervan staat nu bij de bijeenkomst.')).toBeVisible()
  actions = await actionsOf()
  expect(actions.get('ac-10')).toMatchObject({ meetingId: 'mt-2019-03-27', agendaItemId: null, ownerId: 'p-13' })
  await detailTab(app, 'Verslag en acties')
  const loose = app.page.getByRole('region', { name: 'Acties zonder agendapunt' })
  await expect(loose.getByLabel('Wat moet er gebeuren?')).toHaveValue('Training eenzaamheid voor vrijwilligers uitwerken met Alcander')
  await undo(app)
  await expect(app.page.getByTestId('minutes-item').filter({ hasText: 'Werkvorm: signalen van eenzaamheid' }).getByLabel('Wat moet er gebeuren?')).toHaveValue(
    'Training eenzaamheid voor vrijwilligers uitwerken met Alcander',
  )
  await expect(loose.getByTestId('action-row')).toHaveCount(0)
  actions = await actionsOf()
  expect(actions.get('ac-10')).toMatchObject({ agendaItemId: 'ai-0327-3' })
})

test('exports the schedule as .ics through the save dialog, with summer and winter time right', async ({ app }) => {
  await app.page.clock.setFixedTime(NOVEMBER_2019)
  await app.start()
  await openHeerlen(app)
  await openMeetingsScreen(app)
  await expect(app.page.getByTestId('meeting-row').first()).toBeVisible()
  await app.screenshot('meetings-overview')

  const target = join(app.docsDir, 'Bijeenkomsten Heerlen.ics')
  app.dialogs.saveAnswers.push(target)
  await app.page.getByRole('button', { name: 'Exporteer naar agenda (.ics)' }).click()
  await expect(app.page.getByTestId('export-ics-status')).toHaveText('Agenda opgeslagen als “Bijeenkomsten Heerlen.ics”.')
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggestedName: 'Bijeenkomsten Leergemeenschap Heerlen STAND-BY!.ics' })

  const text = await readFile(target, 'utf8')
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  for (const physical of text.split('\r\n')) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75)
  const lines = icsLines(text)
  const events = lines.filter((l) => l === 'BEGIN:VEVENT').length
  const fixture = JSON.parse(await readFile(fixturePath('heerlen.werkbank.json'), 'utf8')) as StoredProject
  expect(events).toBe(fixture.meetings.length)
  // 23 October 2019 (summer time, UTC+2) and 27 November 2019 (winter time, UTC+1), both 15:30 local.
  const eventOf = (uid: string): string[] => {
    const start = lines.indexOf(`UID:${uid}@werkbank.leergemeenschap`)
    return lines.slice(start, lines.indexOf('END:VEVENT', start))
  }
  expect(eventOf('mt-2019-10-23')).toEqual(expect.arrayContaining(['DTSTART:20191023T133000Z', 'DTEND:20191023T153000Z']))
  expect(eventOf('mt-2019-11-27')).toEqual(expect.arrayContaining(['DTSTART:20191127T143000Z', 'DTEND:20191127T163000Z']))
  expect(eventOf('mt-2018-10-03')).toEqual(
    expect.arrayContaining(['SUMMARY:Eerste bijeenkomst: de 23 thema’s', 'LOCATION:Buurtcentrum ’t Heitje\\, Heerlerheide\\, Heerlen']),
  )
  expect(eventOf('mt-2019-08-14')).toEqual(expect.arrayContaining(['STATUS:CANCELLED']))
  // No personal names in the calendar file.
  expect(text).not.toContain('Maud Vossen')

  // Cancelling the save dialog writes nothing and says nothing.
  app.dialogs.saveAnswers.push(null)
  await app.page.getByRole('button', { name: 'Exporteer naar agenda (.ics)' }).click()
  await expect(app.page.getByTestId('export-ics-status')).toBeEmpty()
})

test('a locked .ics target gives a clear Dutch message and leaves the project alone', async ({ app }) => {
  await app.start()
  await openHeerlen(app)
  await openMeetingsScreen(app)
  // A folder where the file should go: writing there fails.
  const target = join(app.docsDir, 'bestaat-niet', 'Bijeenkomsten.ics')
  app.dialogs.saveAnswers.push(target)
  await app.page.getByRole('button', { name: 'Exporteer naar agenda (.ics)' }).click()
  const error = app.page.getByTestId('error-notice')
  await expect(error).toBeVisible()
  await error.getByText('Technische details').click()
  await expect(error).toContainText('de map bestaat niet of is alleen-lezen')
})

test('roles: assign, suggest a fair rotation, mark willingness and see who held which role', async ({ app }) => {
  await app.start()
  const path = await openHeerlen(app)
  await openMeetingsScreen(app)
  await section(app, 'Rollen')
  const tally = app.page.getByTestId('roles-tally')
  // Maud chaired the kick-off, the first three meetings and the evaluation.
  await expect(tally.getByRole('row', { name: /Maud Vossen/ })).toContainText('5')
  await app.screenshot('meetings-roles')

  // Kevin Ramakers becomes willing to keep time.
  await app.page.getByRole('checkbox', { name: 'Kevin Ramakers wil tijdbewaker zijn' }).check()

  // Plan a new meeting, let the rotation suggest its roles.
  await section(app, 'Planning')
  await app.page.getByRole('button', { name: 'Losse bijeenkomst…' }).click()
  const single = app.page.getByRole('dialog', { name: 'Losse bijeenkomst plannen' })
  await single.getByLabel('Titel').fill('Terugkomdag')
  await single.getByLabel('Datum').fill('2020-02-05')
  await single.getByRole('button', { name: 'Plannen' }).click()
  await detailTab(app, 'Rollen')
  await app.page.getByRole('button', { name: 'Rotatie voorstellen' }).click()
  for (const role of ['chair', 'minutes', 'timekeeper']) {
    await expect(app.page.locator(`[data-testid="role-row"][data-role="${role}"] select`)).not.toHaveValue('')
  }
  // A guest speaker and a host by hand, and a role of the facilitator's own.
  await app.page.getByLabel('Gastspreker').selectOption({ label: 'Femke Meessen' })
  await app.page.getByLabel('Gastheer/-vrouw').selectOption({ label: 'Sjef Houben' })
  await app.page.getByLabel('Andere rol').fill('Fotograaf')
  await app.page.getByRole('button', { name: 'Rol toevoegen' }).click()
  await app.page.getByLabel('Fotograaf', { exact: true }).selectOption({ label: 'Iris Schepers' })
  await expectSaved(app)
  let stored = await read(path)
  const meetingId = stored.meetings.find((m) => m.title === 'Terugkomdag')!.id
  const rolesOnDisk = async () => {
    await expectSaved(app)
    return new Map((await read(path)).meetings.find((m) => m.id === meetingId)!.roles.map((r) => [r.role, r.participantId]))
  }
  expect((await rolesOnDisk()).get('Fotograaf')).toBe('p-21')

  // Undo the last assignment: the photographer is again whom the new role started with; redo it.
  const photographer = app.page.getByLabel('Fotograaf', { exact: true })
  await undo(app)
  await expect(photographer).not.toHaveValue('p-21')
  await expect(photographer).not.toHaveValue('')
  expect((await rolesOnDisk()).get('Fotograaf')).not.toBe('p-21')
  await redo(app)
  await expect(photographer).toHaveValue('p-21')
  expect((await rolesOnDisk()).get('Fotograaf')).toBe('p-21')

  stored = await read(path)
  const meeting = stored.meetings.find((m) => m.id === meetingId)!
  const roles = new Map(meeting.roles.map((r) => [r.role, r.participantId]))
  expect([...roles.keys()].sort()).toEqual(['Fotograaf', 'chair', 'guestSpeaker', 'host', 'minutes', 'timekeeper'])
  expect(roles.get('host')).toBe('p-05')
  const rotated = ['chair', 'minutes', 'timekeeper'].map((r) => roles.get(r)!)
  expect(new Set(rotated).size).toBe(3)
  const willing = new Map(stored.roleWillingness.map((w) => [w.participantId, w.roles]))
  for (const role of ['chair', 'minutes', 'timekeeper']) expect(willing.get(roles.get(role)!)).toContain(role)
  expect(willing.get('p-18')).toContain('timekeeper')
  // Kevin never kept time and is now willing: the fair choice for timekeeper.
  expect(roles.get('timekeeper')).toBe('p-18')

  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openMeetingsScreen(app)
  await section(app, 'Rollen')
  await expect(app.page.getByTestId('roles-tally').getByRole('row', { name: /Kevin Ramakers/ })).toBeVisible()
  // The host and the custom role count in the tally too.
  await expect(app.page.getByTestId('roles-tally').getByRole('row', { name: /Sjef Houben/ })).toContainText('wo 5 feb 2020')
  await expect(app.page.getByTestId('roles-tally').getByRole('columnheader', { name: 'Fotograaf' })).toBeVisible()
  await expect(app.page.getByTestId('roles-tally').getByRole('row', { name: /Iris Schepers/ })).toContainText('wo 5 feb 2020')
})

test('attendance per meeting and the overview per participant', async ({ app }) => {
  await app.start()
  const path = await openHeerlen(app)
  await openMeetingsScreen(app)
  await section(app, 'Aanwezigheid')
  const overview = app.page.getByTestId('attendance-overview')
  await expect(overview.getByTestId('attendance-grid-row').first()).toBeVisible()
  await app.screenshot('meetings-attendance-overview')

  // Record attendance at the first official meeting: Hans Müller was not yet a member; Annie sends notice.
  await section(app, 'Planning')
  await openMeetingRow(app, 'mt-2018-10-03')
  await detailTab(app, 'Aanwezigheid')
  const annie = app.page.locator('[data-testid="attendance-row"][data-participant-id="p-04"]')
  await annie.getByRole('radio', { name: 'Afwezig met bericht' }).check()
  const roy = app.page.locator('[data-testid="attendance-row"][data-participant-id="p-13"]')
  await roy.getByRole('radio', { name: 'Afwezig', exact: true }).check()
  const statusOnDisk = async (participantId: string) => {
    await expectSaved(app)
    return (await read(path)).meetings.find((m) => m.id === 'mt-2018-10-03')!.attendance.find((a) => a.participantId === participantId)?.status
  }
  expect(await statusOnDisk('p-04')).toBe('excused')
  expect(await statusOnDisk('p-13')).toBe('absent')
  // Undo: Roy was present again; redo: absent.
  await undo(app)
  await expect(roy.getByRole('radio', { name: 'Aanwezig', exact: true })).toBeChecked()
  expect(await statusOnDisk('p-13')).toBe('present')
  await redo(app)
  await expect(roy.getByRole('radio', { name: 'Afwezig', exact: true })).toBeChecked()
  expect(await statusOnDisk('p-13')).toBe('absent')

  // The overview shows it.
  await app.page.getByRole('button', { name: 'Alle bijeenkomsten' }).click()
  await section(app, 'Aanwezigheid')
  const annieRow = app.page.locator('[data-testid="attendance-grid-row"][data-participant-id="p-04"]')
  await expect(annieRow.getByRole('img', { name: 'Annie Kleijnen, wo 3 okt 2018: Afwezig met bericht' })).toBeVisible()

  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openMeetingsScreen(app)
  await section(app, 'Aanwezigheid')
  await expect(
    app.page.locator('[data-testid="attendance-grid-row"][data-participant-id="p-13"]').getByRole('img', { name: 'Roy Crombach, wo 3 okt 2018: Afwezig' }),
  ).toBeVisible()
})

test('minutes: notes and decisions per agenda item, actions with who, deadline and status', async ({ app }) => {
  await app.start()
  const path = await openHeerlen(app)
  await openMeetingsScreen(app)
  await openMeetingRow(app, 'mt-2019-03-27')
  await detailTab(app, 'Verslag en acties')
  const item = app.page.getByTestId('minutes-item').filter({ hasText: 'Werkvorm: signalen van eenzaamheid' })
  await item.getByLabel('Verslag').fill('Drie casussen besproken. Signalen: terugtrekken, post stapelt zich op.')
  const decisions = item.getByTestId('decision')
  await expect(decisions).toHaveCount(1)
  await item.getByRole('button', { name: 'Besluit toevoegen' }).click()
  await decisions.last().getByRole('textbox').fill('Signalenkaart wordt verspreid onder de vrijwilligers.')
  const decisionsOnDisk = async () => {
    await expectSaved(app)
    return (await read(path)).meetings.find((m) => m.id === 'mt-2019-03-27')!.agenda.find((i) => i.id === 'ai-0327-3')!.decisions.map((d) => d.text)
  }
  expect(await decisionsOnDisk()).toHaveLength(2)
  // Undo twice: first the text, then the new decision itself; redo twice brings both back.
  await undo(app)
  await expect(decisions.last().getByRole('textbox')).toHaveValue('')
  await undo(app)
  await expect(decisions).toHaveCount(1)
  expect(await decisionsOnDisk()).toEqual(['De werkgroep preventie ontwikkelt een training voor vrijwilligers en sleutelfiguren.'])
  await redo(app)
  await redo(app)
  await expect(decisions.last().getByRole('textbox')).toHaveValue('Signalenkaart wordt verspreid onder de vrijwilligers.')
  expect(await decisionsOnDisk()).toContain('Signalenkaart wordt verspreid onder de vrijwilligers.')
  await item.getByRole('button', { name: 'Actie toevoegen' }).click()
  const action = item.getByTestId('action-row').last()
  await action.getByLabel('Wat moet er gebeuren?').fill('Signalenkaart drukken (100 stuks)')
  await action.getByLabel('Wie').selectOption({ label: 'Fatma Öztürk' })
  await action.getByLabel('Deadline').fill('2019-04-24')
  await action.getByLabel('Status').selectOption({ label: 'Bezig' })
  await expectSaved(app)

  const stored = await read(path)
  const meeting = stored.meetings.find((m) => m.id === 'mt-2019-03-27')!
  const agendaItem = meeting.agenda.find((i) => i.id === 'ai-0327-3')!
  expect(agendaItem.notes).toContain('Signalen: terugtrekken')
  expect(agendaItem.decisions.map((d) => d.text)).toContain('Signalenkaart wordt verspreid onder de vrijwilligers.')
  const saved = stored.actions.find((a) => a.what === 'Signalenkaart drukken (100 stuks)')
  expect(saved).toMatchObject({ ownerId: 'p-06', deadline: '2019-04-24', status: 'inProgress', meetingId: 'mt-2019-03-27', agendaItemId: 'ai-0327-3' })

  await app.reopen()
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen STAND-BY!/ }).click()
  await openMeetingsScreen(app)
  await openMeetingRow(app, 'mt-2019-03-27')
  await detailTab(app, 'Verslag en acties')
  const again = app.page.getByTestId('minutes-item').filter({ hasText: 'Werkvorm: signalen van eenzaamheid' })
  await expect(again.getByLabel('Verslag')).toHaveValue(/post stapelt zich op/)
  await expect(again.getByTestId('action-row').last().getByLabel('Wat moet er gebeuren?')).toHaveValue('Signalenkaart drukken (100 stuks)')
})
