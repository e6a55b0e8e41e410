import { spawnSync } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { describe, expect, it } from 'vitest'
import {
  type DurableFsOps,
  DurableTextFile,
  listTempFiles,
  nodeDurableFs,
  renameRetryDelays,
  renameWithRetry,
  writeFileDurable,
} from '../../../electron/services/durable-file'
import { snapshot, tempDir, writeOld } from './helpers'

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

/** Real file operations, except a rename that fails `failures` times with `code`, and no real sleeping. */
function flakyRename(failures: number, code = 'EPERM') {
  const calls = { rename: 0, sleeps: [] as number[] }
  const ops: DurableFsOps = {
    ...nodeDurableFs,
    async rename(from, to) {
      calls.rename++
      if (calls.rename <= failures) throw fsError(code)
      return nodeDurableFs.rename(from, to)
    },
    async sleep(ms) {
      calls.sleeps.push(ms)
    },
  }
  return { ops, calls }
}

const onlyTarget = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.tmp'))

describe('writeFileDurable', () => {
  it('creates and replaces a file, leaving no temp file', async () => {
    const dir = await tempDir()
    const target = join(dir, 'a.werkbank.json')
    await writeFileDurable(target, 'eerste')
    await writeFileDurable(target, new TextEncoder().encode('tweede'))
    expect(await readFile(target, 'utf8')).toBe('tweede')
    expect(await readdir(dir)).toEqual(['a.werkbank.json'])
  })

  it('retries a rename that fails with EPERM twice, then succeeds', async () => {
    const dir = await tempDir()
    const target = join(dir, 'p.werkbank.json')
    await writeOld(target, 'oud')
    const { ops, calls } = flakyRename(2)
    await writeFileDurable(target, 'nieuw', ops)
    expect(calls.rename).toBe(3)
    expect(calls.sleeps).toEqual([10, 20])
    expect(await readFile(target, 'utf8')).toBe('nieuw')
    expect(await onlyTarget(dir)).toEqual([])
  })

  it.each(['EACCES', 'EBUSY'])('also retries %s', async (code) => {
    const dir = await tempDir()
    const target = join(dir, 'p.json')
    const { ops, calls } = flakyRename(1, code)
    await writeFileDurable(target, 'x', ops)
    expect(calls.rename).toBe(2)
  })

  it('gives up after about 2 s of EPERM: the error surfaces, the temp file is removed, the target is untouched', async () => {
    const dir = await tempDir()
    const target = join(dir, 'p.werkbank.json')
    await writeOld(target, 'oud')
    const before = await snapshot(target)
    const { ops, calls } = flakyRename(Number.POSITIVE_INFINITY)
    await expect(writeFileDurable(target, 'nieuw', ops)).rejects.toMatchObject({ code: 'EPERM' })
    const waited = calls.sleeps.reduce((a, b) => a + b, 0)
    expect(waited).toBeGreaterThanOrEqual(2000)
    expect(waited).toBeLessThan(2500)
    expect(calls.rename).toBe(calls.sleeps.length + 1)
    expect(await snapshot(target)).toEqual(before)
    expect(await onlyTarget(dir)).toEqual([])
  })

  it('does not retry other rename errors', async () => {
    const dir = await tempDir()
    const { ops, calls } = flakyRename(1, 'EXDEV')
    await expect(writeFileDurable(join(dir, 'p.json'), 'x', ops)).rejects.toMatchObject({ code: 'EXDEV' })
    expect(calls.rename).toBe(1)
    expect(await readdir(dir)).toEqual([])
  })

  it('removes the temp file when writing it fails', async () => {
    const dir = await tempDir()
    const target = join(dir, 'p.json')
    await writeOld(target, 'oud')
    const before = await snapshot(target)
    const ops: DurableFsOps = {
      ...nodeDurableFs,
      async writeSynced(path, data) {
        await writeFile(path, data.slice(0, 1))
        throw fsError('ENOSPC')
      },
    }
    await expect(writeFileDurable(target, 'nieuw', ops)).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await snapshot(target)).toEqual(before)
    expect(await onlyTarget(dir)).toEqual([])
  })

  it('ignores a directory fsync the platform refuses (Windows: EISDIR/EPERM)', async () => {
    const dir = await tempDir()
    const target = join(dir, 'p.json')
    const ops: DurableFsOps = { ...nodeDurableFs, syncDir: async () => Promise.reject(fsError('EISDIR')) }
    await writeFileDurable(target, 'ok', ops)
    expect(await readFile(target, 'utf8')).toBe('ok')
  })

  it('cleans temp files left by writers that are gone, not those of running ones', async () => {
    const dir = await tempDir()
    const target = join(dir, 'p.werkbank.json')
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!
    const leftover = join(dir, `.p.werkbank.json.${dead}.abcdef.tmp`)
    const ours = join(dir, `.p.werkbank.json.${process.pid}.123456.tmp`)
    const unrelated = join(dir, '.other.json.1.abc.tmp')
    await Promise.all([leftover, ours, unrelated].map((p) => writeFile(p, 'half')))
    expect((await listTempFiles(target)).map((t) => t.pid).sort()).toEqual([dead, process.pid].sort())
    await writeFileDurable(target, 'x')
    const names = await readdir(dir)
    expect(names).not.toContain(`.p.werkbank.json.${dead}.abcdef.tmp`)
    expect(names).toContain(`.p.werkbank.json.${process.pid}.123456.tmp`)
    expect(names).toContain('.other.json.1.abc.tmp')
  })
})

describe('renameWithRetry', () => {
  it('backs off from 10 ms, doubling up to 250 ms, about 2 s in all', () => {
    const delays = renameRetryDelays()
    expect(delays.slice(0, 6)).toEqual([10, 20, 40, 80, 160, 250])
    expect(Math.max(...delays)).toBe(250)
    const total = delays.reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThanOrEqual(2000)
    expect(total).toBeLessThan(2300)
  })

  it('really waits between attempts when sleeping is real', async () => {
    let attempts = 0
    const started = Date.now()
    await renameWithRetry('a', 'b', {
      rename: async () => {
        attempts++
        if (attempts < 3) throw fsError('EBUSY')
      },
      sleep: nodeDurableFs.sleep,
    })
    expect(attempts).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)
  })
})

describe('DurableTextFile (lowdb adapter)', () => {
  it('reads null for a missing file and the raw text otherwise, BOM included', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'x.json'))
    expect(await file.read()).toBeNull()
    await writeFile(file.filename, '\ufeff{"a":1}')
    expect(await file.read()).toBe('\ufeff{"a":1}')
  })

  it('surfaces read errors other than a missing file', async () => {
    const dir = await tempDir()
    await expect(new DurableTextFile(dir).read()).rejects.toMatchObject({ code: 'EISDIR' })
  })

  it('works as the adapter of lowdb Low', async () => {
    const dir = await tempDir()
    const path = join(dir, 'low.json')
    const db = new Low<string>(new DurableTextFile(path), 'standaard')
    await db.read()
    expect(db.data).toBe('standaard')
    db.data = '{"hallo":"wereld"}'
    await db.write()
    const again = new Low<string>(new DurableTextFile(path), '')
    await again.read()
    expect(again.data).toBe('{"hallo":"wereld"}')
    expect(await readdir(dir)).toEqual(['low.json'])
  })
})
