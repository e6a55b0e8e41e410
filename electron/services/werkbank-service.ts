/**
 * The service behind the bridge: one handler per contract method, and one `invoke` that
 * checks the method and its input and never throws. The IPC handler in main and the e2e
 * harness both call `invoke`, so both paths run the same validation.
 */
import { z } from 'zod'
import { type ErrorCode, type Method, type ParsedInput, type Response, contract } from '../../shared/api'
import { type Result, err, ok } from '../../shared/result'
import { listBackups } from './backups'
import { exportDocument } from './export/export-document'
import { chooseImage } from './export/choose-image'
import { pathKey } from './paths'
import {
  createProject,
  openExample,
  openProject,
  restoreBackup,
  saveProject,
  saveProjectAs,
} from './project-operations'
import { type ServiceContext, appState, checkPath, createContext } from './service-context'
import type { ServiceDeps } from './types'

export type Handler<M extends Method> = (ctx: ServiceContext, input: ParsedInput<M>) => Promise<Response<M>>
export type HandlerTable = { readonly [M in Method]: Handler<M> }

/** Run `fn` with the checked absolute path, or refuse a relative one. */
async function withPath<T>(path: string, fn: (path: string) => Promise<Result<T, ErrorCode>>) {
  const checked = checkPath(path)
  return checked.ok ? fn(checked.value) : checked
}

const WEB_PROTOCOLS = new Set(['http:', 'https:'])

export const handlers: HandlerTable = {
  'app.getState': async (ctx) => ok(await appState(ctx)),

  'settings.setLanguage': async (ctx, { language }) => {
    await ctx.settings.setLanguage(language)
    return ok(await appState(ctx))
  },

  'project.create': (ctx, { community }) => createProject(ctx, community),

  'project.openWithDialog': async (ctx) => {
    const chosen = await ctx.deps.dialogs.chooseOpenPath()
    if (chosen === null) return ok({ cancelled: true })
    return withPath(chosen, (path) => ctx.queue.run(pathKey(path), () => openProject(ctx, path)))
  },

  'project.open': (ctx, input) =>
    withPath(input.path, (path) => ctx.queue.run(pathKey(path), () => openProject(ctx, path))),

  'project.openExample': (ctx) => openExample(ctx),

  'project.save': (ctx, input) => withPath(input.path, (path) => saveProject(ctx, { ...input, path })),

  'project.saveAs': (ctx, { document }) => saveProjectAs(ctx, document),

  'project.close': (ctx, input) =>
    withPath(input.path, async (path) => {
      ctx.sessions.delete(pathKey(path))
      return ok(null)
    }),

  'backups.list': (ctx, input) => withPath(input.path, async (path) => ok(await listBackups(ctx.deps.dataDir, path))),

  'backups.restore': (ctx, input) => withPath(input.path, (path) => restoreBackup(ctx, { ...input, path })),

  'recent.remove': async (ctx, { path }) => {
    await ctx.settings.removeRecent(path)
    return ok(await appState(ctx))
  },

  'shell.openExternal': async (ctx, { url }) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return err('BAD_INPUT', 'Dit is geen geldig webadres.', url)
    }
    if (!WEB_PROTOCOLS.has(parsed.protocol)) {
      return err('BAD_INPUT', 'Alleen webadressen (http of https) kunnen worden geopend.', parsed.protocol)
    }
    await ctx.deps.shell.openExternal(parsed.href)
    return ok(null)
  },

  'export.document': (ctx, input) => exportDocument(ctx, input),

  'export.chooseImage': (ctx) => chooseImage(ctx),
}

/** What an unexpected exception in a method becomes: reading methods fail to read, the others to write. */
const readingMethods = new Set<Method>(['app.getState', 'project.openWithDialog', 'project.open', 'backups.list'])

function failure(method: Method, error: unknown) {
  return readingMethods.has(method)
    ? err('READ_FAILED', 'Er ging iets mis bij het lezen. Probeer het opnieuw.', String(error))
    : err('WRITE_FAILED', 'Er ging iets mis bij het opslaan. Probeer het opnieuw.', String(error))
}

const isMethod = (method: string): method is Method => Object.hasOwn(contract, method)

async function dispatch<M extends Method>(ctx: ServiceContext, method: M, input: unknown): Promise<Response<M>> {
  const parsed = contract[method].input.safeParse(input)
  if (!parsed.success) {
    const summary = parsed.error.issues
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ')
    return err('BAD_INPUT', `Ongeldige gegevens voor ${method}: ${summary}`, z.prettifyError(parsed.error))
  }
  const handler: Handler<M> = handlers[method]
  // The schema of contract[M] parses to ParsedInput<M>; TypeScript cannot follow that through the union.
  return handler(ctx, parsed.data as ParsedInput<M>)
}

export interface WerkbankService {
  invoke(method: string, input: unknown): Promise<Result<unknown, ErrorCode>>
  /** Resolves once every call made so far (and any it led to) has finished: a save in flight, a copy. */
  idle(): Promise<void>
  handlers: HandlerTable
}

export function createWerkbankService(deps: ServiceDeps): WerkbankService {
  const ctx = createContext(deps)
  const inFlight = new Set<Promise<unknown>>()
  const run = async (method: string, input: unknown): Promise<Result<unknown, ErrorCode>> => {
    if (!isMethod(method)) return err('UNKNOWN_METHOD', `Onbekende opdracht: ${String(method)}`)
    try {
      return await dispatch(ctx, method, input)
    } catch (error) {
      return failure(method, error)
    }
  }
  return {
    handlers,
    invoke(method, input) {
      if (typeof method !== 'string') return Promise.resolve(err('UNKNOWN_METHOD', `Onbekende opdracht: ${String(method)}`))
      const call = run(method, input)
      inFlight.add(call)
      void call.finally(() => inFlight.delete(call))
      return call
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight])
    },
  }
}

