/**
 * Crash-safe file writes: the target always holds either the old or the new
 * content, never a mix, even when the process is killed or the power fails.
 *
 * writeFileDurable writes a temp file next to the target, fsyncs it, renames it
 * over the target (retrying while Windows virus scanners briefly lock files) and
 * fsyncs the directory so the rename itself is on disk.
 *
 * A writer killed between creating its temp file and the rename leaves that temp
 * file behind (`.<base>.<pid>.<random>.tmp`). The first write to a target in a
 * process removes such leftovers of writers that are no longer running (or that
 * are older than a day), so they never accumulate beyond what one killed writer
 * can leave.
 */
import { randomBytes } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import { open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'

/** The file-system operations writeFileDurable uses; tests replace some of them. */
export interface DurableFsOps {
  /** Create `path` exclusively, write all of `data`, fsync and close it. */
  writeSynced(path: string, data: string | Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** fsync a directory so a rename in it is durable. May fail on some platforms. */
  syncDir(dir: string): Promise<void>
  sleep(ms: number): Promise<void>
}

export const nodeDurableFs: DurableFsOps = {
  async writeSynced(path, data) {
    const handle = await open(path, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY, 0o666)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async syncDir(dir) {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** The `code` of a Node system error (ENOENT, EPERM…), if it has one. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined

/** Errors a virus scanner or indexer causes by holding the file open for a moment (Windows). */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY'])

/** Waits between rename attempts: doubling from 10 ms, at most 250 ms, about 2 s in total. */
export function renameRetryDelays(totalMs = 2000): number[] {
  const delays: number[] = []
  let sum = 0
  for (let delay = 10; sum < totalMs; delay = Math.min(delay * 2, 250)) {
    delays.push(delay)
    sum += delay
  }
  return delays
}

/** Rename, retrying transient locking errors with backoff; other errors surface at once. */
export async function renameWithRetry(
  from: string,
  to: string,
  ops: Pick<DurableFsOps, 'rename' | 'sleep'> = nodeDurableFs,
  delays: readonly number[] = renameRetryDelays(),
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await ops.rename(from, to)
      return
    } catch (error) {
      const delay = delays[attempt]
      if (delay === undefined || !TRANSIENT_RENAME_ERRORS.has(errorCode(error) ?? '')) throw error
      await ops.sleep(delay)
    }
  }
}

const TEMP_SUFFIX = '.tmp'
const STALE_AFTER_MS = 24 * 60 * 60 * 1000

export function tempPathFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
}

/** The temp files writers of `target` may have left: name and writer pid. */
export async function listTempFiles(target: string): Promise<{ path: string; pid: number }[]> {
  const prefix = `.${basename(target)}.`
  const names = await readdir(dirname(target)).catch(() => [] as string[])
  const found: { path: string; pid: number }[] = []
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue
    const match = /^(\d+)\.[0-9a-f]+$/.exec(name.slice(prefix.length, -TEMP_SUFFIX.length))
    if (match) found.push({ path: join(dirname(target), name), pid: Number(match[1]) })
  }
  return found
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

/** Remove temp files of writers that are gone (or that are implausibly old). Never throws. */
export async function removeStaleTempFiles(target: string): Promise<void> {
  for (const temp of await listTempFiles(target)) {
    if (temp.pid === process.pid) continue
    try {
      const age = Date.now() - (await stat(temp.path)).mtimeMs
      if (!isRunning(temp.pid) || age > STALE_AFTER_MS) await unlink(temp.path)
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
}

/** Targets this process has already cleaned leftovers for: one directory scan per file per run. */
const cleanedTargets = new Set<string>()

/** Write `data` to `path` atomically and durably. Throws when the write fails; the target is then untouched. */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array,
  ops: DurableFsOps = nodeDurableFs,
): Promise<void> {
  const temp = tempPathFor(path)
  try {
    await ops.writeSynced(temp, data)
    await renameWithRetry(temp, path, ops)
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined)
    throw error
  }
  // Windows cannot open a directory for fsync (EISDIR/EPERM); its rename is durable enough there.
  await ops.syncDir(dirname(path)).catch(() => undefined)
  if (!cleanedTargets.has(path)) {
    cleanedTargets.add(path)
    await removeStaleTempFiles(path)
  }
}

/**
 * lowdb adapter for a text file written with writeFileDurable.
 * read() gives the raw text (a byte-order mark is kept) or null when the file does not exist.
 */
export class DurableTextFile implements Adapter<string> {
  constructor(
    readonly filename: string,
    private readonly ops: DurableFsOps = nodeDurableFs,
  ) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.filename, 'utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
  }

  write(data: string): Promise<void> {
    return writeFileDurable(this.filename, data, this.ops)
  }
}
