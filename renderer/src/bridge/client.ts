/**
 * The renderer's one way to the main process. Nothing else touches window.werkbank.
 */
import type { BridgeEvent, ErrorCode, Input, Method, Response, WerkbankBridge } from '../../../shared/api'

declare global {
  interface Window {
    werkbank?: WerkbankBridge
  }
}

function bridge(): WerkbankBridge {
  const found = window.werkbank
  if (!found) throw new Error('De verbinding met Werkbank ontbreekt (window.werkbank).')
  return found
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Response<M>> {
  try {
    return (await bridge().invoke(method, input)) as Response<M>
  } catch (error) {
    const code: ErrorCode = 'READ_FAILED'
    return { ok: false, error: { code, message: String(error instanceof Error ? error.message : error) } }
  }
}

export function onBridgeEvent(listener: (event: BridgeEvent) => void): () => void {
  return bridge().onEvent(listener)
}
