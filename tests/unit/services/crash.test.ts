/**
 * Kill a writer at random moments, many times, and check that the file is always one complete
 * version, never older than what the writer already reported as saved.
 *
 * A writer killed mid-save may leave its own temp file behind (`.<name>.<pid>.<hex>.tmp`); the
 * next writer of that file removes leftovers of dead writers on its first write, so at any time
 * there is at most one such leftover.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listTempFiles } from '../../../electron/services/durable-file'
import { tempDir } from './helpers'

const source = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))
const KILLS = 40
const ITEMS = 750

/**
 * The writer runs the real durable-file.ts. Starting it through `node --import tsx` costs 1–3 s
 * per start on this 2-core machine (tsx starts an esbuild service); 40 restarts would take minutes.
 * So the child script and durable-file.ts are transpiled once (types stripped, nothing else) and
 * the child starts as plain Node.
 */
let CHILD = ''
let compiled = ''
afterAll(() => rm(compiled, { recursive: true, force: true }))
beforeAll(async () => {
  const dir = (compiled = await mkdtemp(join(tmpdir(), 'werkbank-crash-child-')))
  const transpile = async (from: string, to: string, rewrite: (js: string) => string = (js) => js) => {
    const { outputText } = ts.transpileModule(await readFile(from, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    await writeFile(join(dir, to), rewrite(outputText))
  }
  await transpile(source('../../../electron/services/durable-file.ts'), 'durable-file.mjs')
  await transpile(source('./crash-child.ts'), 'crash-child.mjs', (js) =>
    js.replace("'../../../electron/services/durable-file'", "'./durable-file.mjs'"),
  )
  CHILD = join(dir, 'crash-child.mjs')
})
interface Round {
  saved: number[]
  stderr: string
  exited: Promise<void>
}

function startWriter(file: string): { child: ChildProcess; round: Round; firstSave: Promise<void> } {
  const child = spawn(process.execPath, [CHILD, file], { stdio: ['ignore', 'pipe', 'pipe'] })
  const round: Round = { saved: [], stderr: '', exited: new Promise((resolve) => child.once('exit', () => resolve())) }
  let buffered = ''
  const firstSave = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const match = /^saved (\d+)$/.exec(line)
        if (match) round.saved.push(Number(match[1]))
      }
      if (round.saved.length > 0) resolve()
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      round.stderr += chunk.toString('utf8')
    })
    child.once('exit', (code, signal) => reject(new Error(`writer exited before saving (${code ?? signal}): ${round.stderr}`)))
  })
  return { child, round, firstSave }
}

function checkComplete(text: string): number {
  const data = JSON.parse(text) as { version: number; items: { n: number }[] }
  expect(data.items).toHaveLength(ITEMS)
  expect(data.items.every((item) => item.n === data.version)).toBe(true)
  return data.version
}

describe('a writer killed at random moments', () => {
  it(`leaves a complete, current version after each of ${KILLS} SIGKILLs`, async () => {
    const dir = await tempDir()
    const file = join(dir, 'Heerlen.werkbank.json')
    let lastSeen = 0
    let totalSaves = 0
    let maxLeftovers = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const { child, round, firstSave } = startWriter(file)
      await firstSave
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 55))
      child.kill('SIGKILL')
      await round.exited

      const version = checkComplete(await readFile(file, 'utf8'))
      const reported = Math.max(...round.saved)
      // Every save the writer reported is on disk; at most the one in flight beyond it.
      expect(version).toBeGreaterThanOrEqual(reported)
      expect(version).toBeLessThanOrEqual(reported + 1)
      expect(version).toBeGreaterThanOrEqual(lastSeen)
      lastSeen = version
      totalSaves += round.saved.length

      const leftovers = await listTempFiles(file)
      expect(leftovers.length).toBeLessThanOrEqual(1)
      maxLeftovers = Math.max(maxLeftovers, leftovers.length)
      expect((await readdir(dir)).filter((name) => !name.endsWith('.tmp'))).toEqual(['Heerlen.werkbank.json'])
    }
    expect(totalSaves).toBeGreaterThanOrEqual(2 * KILLS)
    expect(lastSeen).toBeGreaterThanOrEqual(totalSaves)
    console.info(`crash test: ${KILLS} kills, ${totalSaves} reported saves, last version ${lastSeen}, max leftover temps ${maxLeftovers}`)
  }, 120_000)
})
