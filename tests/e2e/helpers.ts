/** Small steps many e2e tests share: creating a project through the UI, waiting for the save. */
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ProjectFile } from '../../shared/model'
import { fixturePath } from '../fixtures/paths'
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

/**
 * Open a copy of the Heerlen fixture from the user's documents folder (through the scripted open
 * dialog); its path. `change` makes a variant first (e.g. a work group without a plan).
 */
export async function openHeerlen(app: WerkbankApp, change?: (project: ProjectFile) => void): Promise<string> {
  const path = join(app.docsDir, 'Heerlen.werkbank.json')
  if (change) {
    const project = JSON.parse(await readFile(fixturePath('heerlen.werkbank.json'), 'utf8')) as ProjectFile
    change(project)
    await writeFile(path, JSON.stringify(project, null, 2))
  } else {
    await copyFile(fixturePath('heerlen.werkbank.json'), path)
  }
  app.dialogs.openAnswers.push(path)
  await app.page.getByRole('button', { name: 'Project openen…' }).click()
  await expect(app.page.getByTestId('project-name')).toHaveText('Leergemeenschap Heerlen STAND-BY!')
  return path
}

/** Undo and redo the last project edit with the keyboard, as a facilitator would (Ctrl+Z, Ctrl+Y). */
export const undo = (app: WerkbankApp): Promise<void> => app.page.keyboard.press('Control+z')
export const redo = (app: WerkbankApp): Promise<void> => app.page.keyboard.press('Control+y')

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
