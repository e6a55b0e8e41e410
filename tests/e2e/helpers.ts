/** Small steps many e2e tests share: creating a project through the UI, waiting for the save. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, type WerkbankApp } from './fixtures'

/** Create a learning community through the start screen's form and the (scripted) save dialog. */
export async function createCommunity(app: WerkbankApp, name: string, fileName = 'Leergemeenschap.werkbank.json'): Promise<string> {
  const path = join(app.docsDir, fileName)
  app.dialogs.saveAnswers.push(path)
  await app.page.getByRole('button', { name: 'Nieuwe leergemeenschap…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Nieuwe leergemeenschap' })
  await dialog.getByLabel('Naam van de leergemeenschap').fill(name)
  await dialog.getByRole('button', { name: 'Kies een plek en maak aan…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText(name)
  return path
}

export async function openExample(app: WerkbankApp): Promise<void> {
  await app.page.getByRole('button', { name: /^Voorbeeld/ }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
}

/** Wait until every change is on disk. */
export async function expectSaved(app: WerkbankApp): Promise<void> {
  await expect(app.page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 5_000 })
}

export async function readProjectJson(path: string): Promise<Record<string, unknown> & { participants: Array<Record<string, unknown>> }> {
  return JSON.parse(await readFile(path, 'utf8'))
}

export async function goTo(app: WerkbankApp, screen: string): Promise<void> {
  await app.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: new RegExp(`^${screen}`) }).click()
}
