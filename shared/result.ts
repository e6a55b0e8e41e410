/** Errors cross the bridge as data: Electron reduces a thrown error to its message. */
export type Ok<T> = { ok: true; value: T }
export type Err<C extends string = string> = {
  ok: false
  /** `path`: the file the error is about, when there is one (e.g. a file chosen in the open dialog). */
  error: { code: C; message: string; details?: string; path?: string }
}
export type Result<T, C extends string = string> = Ok<T> | Err<C>

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value })
export const err = <C extends string>(code: C, message: string, details?: string): Err<C> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
})
