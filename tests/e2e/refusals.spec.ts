import { copyFile, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fixturePath } from '../fixtures/paths'
import { expect, test } from './fixtures'

const refusals = [
  { file: 'not-json.werkbank.json', code: 'NOT_JSON', text: 'het is geen geldig projectbestand (geen JSON)' },
  { file: 'foreign.json', code: 'NOT_WERKBANK', text: 'Dit is geen Werkbank-project.' },
  { file: 'invalid.werkbank.json', code: 'INVALID', text: 'Dit project is beschadigd of onvolledig' },
  { file: 'newer.werkbank.json', code: 'NEWER_VERSION', text: 'gemaakt met een nieuwere versie van Werkbank' },
] as const

for (const refusal of refusals) {
  test(`a file that is ${refusal.code} is refused with an explanation and left untouched`, async ({ app }) => {
    const path = join(app.docsDir, refusal.file)
    await copyFile(fixturePath('refused', refusal.file), path)
    const bytesBefore = await readFile(path)
    const mtimeBefore = (await stat(path)).mtimeMs

    await app.start()
    app.dialogs.openAnswers.push(path)
    await app.page.getByRole('button', { name: 'Project openen…' }).click()

    const notice = app.page.getByTestId('error-notice')
    await expect(notice).toHaveAttribute('data-code', refusal.code)
    await expect(notice).toContainText(refusal.text)
    await expect(notice).toContainText('Het bestand is niet gewijzigd.')
    await expect(notice).toContainText(refusal.file)
    // The app stays on the start screen: nothing was opened.
    await expect(app.page.getByTestId('project-name')).toHaveCount(0)
    if (refusal.code === 'NEWER_VERSION') await app.screenshot('start-refused-newer')

    expect(await readFile(path)).toEqual(bytesBefore)
    expect((await stat(path)).mtimeMs).toBe(mtimeBefore)
  })
}

test('a recent file that has disappeared says so', async ({ app }) => {
  await app.start()
  const path = join(app.docsDir, 'verdwenen.werkbank.json')
  await copyFile(fixturePath('heerlen.werkbank.json'), path)
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toBeVisible()
  await app.page.getByRole('button', { name: 'Project', exact: true }).click()
  await app.page.getByRole('button', { name: 'Project sluiten' }).click()
  const { rm } = await import('node:fs/promises')
  await rm(path)
  await app.page.getByTestId('recent-files').getByRole('button', { name: /^Leergemeenschap Heerlen/ }).click()
  await expect(app.page.getByTestId('error-notice')).toHaveAttribute('data-code', 'NOT_FOUND')
  await expect(app.page.getByTestId('error-notice')).toContainText('Het bestand is niet gevonden.')
})
