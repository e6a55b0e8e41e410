/**
 * `npm run bench`: timings of the storage paths, printed as a table and written to
 * bench-results.json (repo root, gitignored) as one flat object: metric name → number.
 * Names end in their unit: `.ms` for milliseconds (median of repeated runs), `.bytes` for sizes.
 *
 * Adding metrics: write a BenchModule (a name and a `run(ctx)` that calls `ctx.record`) and add
 * it to `modules` below. Each module gets its own temp folder, removed afterwards.
 */
import { mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OpenedProject } from '../shared/api'
import { buildHeerlenExample } from '../shared/examples/heerlen'
import { type ProjectFile, serializeProject } from '../shared/model'
import { createWerkbankService } from '../electron/services/werkbank-service'
import { boardBench } from './bench-board'
import { plansBench } from './bench-plans'
import { rankingBench } from './bench-ranking'
import { actionsBench } from './bench-actions'
import { agendaExportBench } from './bench-agenda'
import { generateScaledProject } from './generate-project'

export interface BenchContext {
  /** A fresh temp folder for this module. */
  dir: string
  /** How many measured runs a median is taken over. */
  runs: number
  record(name: string, value: number): void
}

export interface BenchModule {
  name: string
  run(ctx: BenchContext): Promise<void>
}

const results: Record<string, number> = {}

/** Record a metric (milliseconds under `*.ms`, other units under their own suffix). */
export function record(name: string, value: number): void {
  if (name in results) throw new Error(`bench: metric recorded twice: ${name}`)
  results[name] = Math.round(value * 1000) / 1000
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Time `fn` once, in milliseconds. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

/** The plain way to write a file (no service, no checks): temp file, write, fsync, rename. */
async function rawWrite(path: string, bytes: string): Promise<void> {
  const temp = `${path}.raw.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, path)
}

const noDialogs = {
  chooseOpenPath: async () => null,
  chooseSavePath: async () => null,
  chooseExportPath: async () => null,
  chooseImagePath: async () => null,
}

/** Open and save through the service (what the app does), next to a bare write of the same bytes. */
function projectIo(label: string, build: () => ProjectFile): BenchModule {
  return {
    name: `project I/O (${label})`,
    async run(ctx) {
      const project = build()
      const dataDir = join(ctx.dir, 'data')
      const docs = join(ctx.dir, 'docs')
      await Promise.all([mkdir(dataDir), mkdir(docs)])
      const path = join(docs, `${label}.werkbank.json`)
      const text = serializeProject(project)
      await writeFile(path, text)
      ctx.record(`project.size.${label}.bytes`, Buffer.byteLength(text))
      ctx.record(`project.participants.${label}.count`, project.participants.length)

      const service = createWerkbankService({ dataDir, dialogs: noDialogs, shell: { openExternal: async () => {} }, appVersion: 'bench' })
      const openOnce = async (): Promise<OpenedProject> => {
        const result = await service.invoke('project.open', { path })
        if (!result.ok) throw new Error(`open failed: ${result.error.code} ${result.error.details ?? ''}`)
        return result.value as OpenedProject
      }
      const warmup = 3
      const opens: number[] = []
      let opened = await openOnce()
      for (let i = 0; i < warmup + ctx.runs; i++) {
        const ms = await time(async () => {
          opened = await openOnce()
        })
        if (i >= warmup) opens.push(ms)
      }

      // Every save writes a different document (an unchanged document is not written at all).
      const versions = Array.from({ length: warmup + ctx.runs }, (_, i) => ({
        ...opened.project,
        profile: { ...opened.project.profile, workingElements: `${opened.project.profile.workingElements}\nbench ${i}` },
      }))
      const rawPath = join(docs, `${label}.raw.werkbank.json`)
      let revision = opened.revision
      const saves: number[] = []
      const raws: number[] = []
      // Interleaved, so both see the same load on the machine.
      for (const [i, document] of versions.entries()) {
        const saveMs = await time(async () => {
          const result = await service.invoke('project.save', { path, document, baseRevision: revision })
          if (!result.ok) throw new Error(`save failed: ${result.error.code} ${result.error.details ?? ''}`)
          revision = (result.value as { revision: string }).revision
        })
        const bytes = serializeProject(document)
        const rawMs = await time(() => rawWrite(rawPath, bytes))
        if (i >= warmup) {
          saves.push(saveMs)
          raws.push(rawMs)
        }
      }
      ctx.record(`project.open.${label}.ms`, median(opens))
      ctx.record(`project.save.${label}.ms`, median(saves))
      ctx.record(`project.save.${label}.rawWrite.ms`, median(raws))
    },
  }
}

export const modules: BenchModule[] = [
  projectIo('example', buildHeerlenExample),
  projectIo('50x', () => generateScaledProject(buildHeerlenExample(), 50)),
  rankingBench,
  actionsBench,
  agendaExportBench,
  boardBench,
  plansBench,
]

function printTable(): void {
  const rows = Object.entries(results)
  const width = Math.max(...rows.map(([name]) => name.length))
  console.log(`\n${'metric'.padEnd(width)}  value`)
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(12)}`)
  for (const [name, value] of rows) {
    const shown = name.endsWith('.ms') ? `${value.toFixed(2)} ms` : String(value)
    console.log(`${name.padEnd(width)}  ${shown.padStart(12)}`)
  }
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 30)
  const failed: string[] = []
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
  // BENCH_SKIP=board skips modules whose name contains that text (comma-separated).
  const skip = (process.env.BENCH_SKIP ?? '').split(',').map((x) => x.trim()).filter(Boolean)
  for (const module of modules.filter((m) => !skip.some((word) => m.name.includes(word)))) {
    const dir = await mkdtemp(join(tmpdir(), 'werkbank-bench-'))
    try {
      process.stdout.write(`bench: ${module.name}…\n`)
      await module.run({ dir, runs, record })
    } catch (error) {
      // One failing module must not hide the others' figures; the run still ends in failure.
      failed.push(module.name)
      console.error(`bench: ${module.name} FAILED:`, error)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  printTable()
  const out = join(root, 'bench-results.json')
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${runs} runs per median; written to ${out}`)
  if (failed.length > 0) {
    console.error(`bench: failed: ${failed.join(', ')}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
