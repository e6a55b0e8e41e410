/**
 * A random id for a new entity. crypto.getRandomValues works in every context the
 * renderer runs in (crypto.randomUUID needs a secure context, which a test origin is not).
 */
export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return prefix + Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
