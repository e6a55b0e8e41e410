/**
 * The preload: exposes `window.werkbank = { invoke, onEvent }` and nothing else.
 * Never the raw ipcRenderer, never process or Node. Built as CommonJS (sandboxed
 * preloads cannot load ES modules) and free of schema code: the allow-list comes
 * from shared/methods.ts; the main process validates every input.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { BridgeEvent, WerkbankBridge } from '../../shared/api'
import { EVENT_CHANNEL, channelFor, isMethodName } from '../../shared/methods'
import { err } from '../../shared/result'

type Listener = (event: BridgeEvent) => void

const listeners = new Set<Listener>()

/**
 * Events that arrive before the renderer has subscribed (e.g. a project file
 * passed on the command line, sent right after the page loaded) are held here,
 * a few at most, and handed to the first subscriber.
 */
const pending: BridgeEvent[] = []
const MAX_PENDING = 20

function deliver(event: BridgeEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event)
    } catch (error: unknown) {
      console.error('Werkbank: an event listener failed', error)
    }
  }
}

ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, payload: BridgeEvent) => {
  if (listeners.size === 0) {
    if (pending.length < MAX_PENDING) pending.push(payload)
    return
  }
  deliver(payload)
})

function flushPending(): void {
  if (listeners.size === 0) return
  for (const event of pending.splice(0)) deliver(event)
}

const bridge: WerkbankBridge = {
  invoke(method: unknown, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) {
      const name = typeof method === 'string' ? method.slice(0, 100) : typeof method
      return Promise.resolve(err('UNKNOWN_METHOD', `Unknown bridge method: ${name}`))
    }
    return ipcRenderer.invoke(channelFor(method), input)
  },
  onEvent(listener: Listener): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent expects a function')
    listeners.add(listener)
    if (pending.length > 0) queueMicrotask(flushPending)
    return () => {
      listeners.delete(listener)
    }
  },
}

contextBridge.exposeInMainWorld('werkbank', bridge)
