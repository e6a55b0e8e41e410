/**
 * The bridge's method names and channel names, without any schema.
 *
 * Kept free of imports (no schema library) so that the preload can import it
 * without pulling validation code into its bundle. shared/api.ts builds the
 * contract on these names and checks at compile time that both lists agree.
 */
export const methodNames = [
  'app.getState',
  'settings.setLanguage',
  'project.create',
  'project.openWithDialog',
  'project.open',
  'project.openExample',
  'project.save',
  'project.saveAs',
  'project.close',
  'backups.list',
  'backups.restore',
  'recent.remove',
  'shell.openExternal',
  'export.document',
  'export.chooseImage',
] as const

export type MethodName = (typeof methodNames)[number]

/** The single channel for events from main to renderer. */
export const EVENT_CHANNEL = 'werkbank:event'

/** Each contract method has its own IPC channel: `werkbank:<method>`. */
export const channelFor = (method: MethodName): `werkbank:${MethodName}` => `werkbank:${method}`

export const isMethodName = (value: unknown): value is MethodName =>
  typeof value === 'string' && (methodNames as readonly string[]).includes(value)
