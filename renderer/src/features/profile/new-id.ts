/**
 * A random id for a new row. crypto.getRandomValues works in every context the
 * renderer runs in (crypto.randomUUID needs a secure context, which a test origin is not).
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
