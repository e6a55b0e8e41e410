/**
 * The app's own settings, `<dataDir>/settings.json`, through lowdb and the durable adapter.
 * A corrupt or unreadable file never stops the app: it falls back to defaults, and the file is
 * left alone until a setting actually changes.
 */
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { z } from 'zod'
import { Language, type RecentFile } from '../../shared/api'
import { DurableTextFile } from './durable-file'
import { pathKey } from './paths'

export const MAX_RECENT_FILES = 10

const RecentFileSchema = z.object({
  path: z.string().min(1),
  name: z.string(),
  openedAt: z.string(),
})

/** Loose, with a fallback per field: a newer app's extra settings survive, one bad field costs only that field. */
const SettingsSchema = z.looseObject({
  language: Language.catch('nl'),
  recentFiles: z.array(RecentFileSchema).catch([]),
})
export type Settings = z.infer<typeof SettingsSchema>

const defaults = (): Settings => ({ language: 'nl', recentFiles: [] })

/** Parses settings text; null (= use defaults) when the file is missing, unreadable or not JSON. */
class SettingsFile implements Adapter<Settings> {
  private readonly file: DurableTextFile

  constructor(path: string) {
    this.file = new DurableTextFile(path)
  }

  async read(): Promise<Settings | null> {
    try {
      const text = await this.file.read()
      if (text === null) return null
      const parsed = SettingsSchema.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  write(data: Settings): Promise<void> {
    return this.file.write(`${JSON.stringify(data, null, 2)}\n`)
  }
}

export interface SettingsStore {
  get(): Promise<Settings>
  setLanguage(language: Language): Promise<Settings>
  /** Put `path` at the top of the recent files (newest first, no duplicates, at most 10). */
  addRecent(file: RecentFile): Promise<Settings>
  removeRecent(path: string): Promise<Settings>
}

export function createSettingsStore(dataDir: string): SettingsStore {
  const db = new Low<Settings>(new SettingsFile(join(dataDir, 'settings.json')), defaults())
  const loaded = db.read()
  // Changes run one after another, so two quick changes never lose one another.
  let queue: Promise<unknown> = loaded

  const snapshot = (): Settings => structuredClone(db.data)

  const change = (fn: (data: Settings) => void): Promise<Settings> => {
    const next = queue.then(async () => {
      await db.update(fn)
      return snapshot()
    })
    queue = next.catch(() => undefined)
    return next
  }

  return {
    get: async () => {
      await loaded
      return snapshot()
    },
    setLanguage: (language) =>
      change((data) => {
        data.language = language
      }),
    addRecent: (file) =>
      change((data) => {
        const key = pathKey(file.path)
        data.recentFiles = [file, ...data.recentFiles.filter((f) => pathKey(f.path) !== key)].slice(0, MAX_RECENT_FILES)
      }),
    removeRecent: (path) =>
      change((data) => {
        const key = pathKey(path)
        data.recentFiles = data.recentFiles.filter((f) => pathKey(f.path) !== key)
      }),
  }
}
