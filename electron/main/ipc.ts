import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { methods, type ErrorCode } from '../../shared/api'
import { channelFor, type MethodName } from '../../shared/methods'
import { err, type Result } from '../../shared/result'

/** What ipc.ts needs of the storage service (electron/services/werkbank-service.ts). */
export interface InvokableService {
  /** Validates `input` against the contract and refuses unknown methods itself. */
  invoke(method: string, input: unknown): Promise<Result<unknown, ErrorCode>>
}

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean
export type IpcMainLike = Pick<IpcMain, 'handle'>

/** The IPC channel of one contract method: `werkbank:<method>`. */
export const ipcChannel = (method: MethodName): string => channelFor(method)

/**
 * A sender is trusted when the message comes from a live main frame (not an
 * iframe) showing the app's own page, and — when given — from one of the app's
 * own webContents.
 */
export function trustedSender(
  isAppUrl: (url: string) => boolean,
  isAppContents: (contents: WebContents) => boolean = () => true,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (frame === null || frame === undefined) return false
    if (frame.parent !== null) return false
    if (!isAppContents(event.sender)) return false
    return isAppUrl(frame.url)
  }
}

const forbidden = () => err<ErrorCode>('FORBIDDEN', 'This sender may not use the Werkbank bridge.')

/**
 * Registers exactly one `ipcMain.handle` per contract method and nothing else.
 * Each handler checks the sender before the service sees anything; the service
 * validates the input and answers with a Result (errors cross as data).
 */
export function registerIpc(ipcMain: IpcMainLike, service: InvokableService, isTrustedSender: SenderCheck): void {
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Result<unknown, ErrorCode>> => {
      let trusted: boolean
      try {
        trusted = isTrustedSender(event)
      } catch {
        trusted = false
      }
      if (!trusted) {
        console.warn(`Werkbank: refused ${method} from an untrusted sender`)
        return forbidden()
      }
      try {
        return await service.invoke(method, input)
      } catch (error: unknown) {
        // The service answers with Results; a throw is a bug. Log it here. Electron
        // sends only the message to the renderer, so no paths or stacks cross over.
        console.error(`Werkbank: ${method} failed`, error)
        throw new Error(`Werkbank: ${method} failed unexpectedly`, { cause: error })
      }
    })
  }
}
