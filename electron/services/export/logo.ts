/**
 * A logo for a report's title page, chosen from disk. The image is read here (main side), never
 * in the renderer: only PNG and JPEG, recognised by their first bytes (not by the name), at most
 * 5 MB, with their pixel size read from the header so the document can scale them.
 */
import { readFileSync, statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ChosenImage, ErrorCode } from '../../../shared/api'
import { type Result, err, ok } from '../../../shared/result'
import { errorCode } from '../durable-file'

export const MAX_LOGO_BYTES = 5 * 1024 * 1024

export interface LogoImage extends ChosenImage {
  data: Uint8Array
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height of a PNG (from its IHDR chunk), or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // After the signature: length (4), "IHDR" (4), width (4), height (4).
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return null
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  return width > 0 && height > 0 ? { width, height } : null
}

/** Width and height of a JPEG (from its first start-of-frame marker), or null when it is not a JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]!
    if (marker === 0xff) {
      at++
      continue
    }
    const length = view.getUint16(at + 2)
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = view.getUint16(at + 5)
      const width = view.getUint16(at + 7)
      return width > 0 && height > 0 ? { width, height } : null
    }
    at += 2 + length
  }
  return null
}

/** Check the bytes of a chosen image: PNG or JPEG with a readable size. */
export function inspectImage(bytes: Uint8Array, path: string): Result<LogoImage, ErrorCode> {
  const name = basename(path)
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return err('BAD_IMAGE', `“${name}” is te groot (${Math.round(bytes.byteLength / 1024 / 1024)} MB). Kies een afbeelding van maximaal 5 MB.`)
  }
  const png = pngSize(bytes)
  const size = png ?? jpegSize(bytes)
  if (!size) return err('BAD_IMAGE', `“${name}” is geen PNG- of JPEG-afbeelding. Kies een logo in PNG- of JPEG-formaat.`)
  return ok({ path, name, sizeBytes: bytes.byteLength, width: size.width, height: size.height, format: png ? 'png' : 'jpg', data: bytes })
}

/** Read and check an image file; clear Dutch messages for a missing, unreadable, too large or wrong file. */
export async function readLogo(path: string): Promise<Result<LogoImage, ErrorCode>> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return err('BAD_IMAGE', `“${name}” is geen bestand.`)
    if (info.size > MAX_LOGO_BYTES) {
      return err('BAD_IMAGE', `“${name}” is te groot (${Math.round(info.size / 1024 / 1024)} MB). Kies een afbeelding van maximaal 5 MB.`)
    }
    return inspectImage(new Uint8Array(await readFile(path)), path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return err('NOT_FOUND', `Het logo “${name}” is niet (meer) gevonden. Kies het opnieuw.`, String(error))
    return err('READ_FAILED', `Het logo “${name}” kon niet worden gelezen.`, String(error))
  }
}

/** The same check, synchronously (used by exporters, which check their subject before the save dialog). */
export function readLogoSync(path: string): Result<LogoImage, ErrorCode> {
  const name = basename(path)
  try {
    const info = statSync(path)
    if (!info.isFile()) return err('BAD_IMAGE', `“${name}” is geen bestand.`)
    if (info.size > MAX_LOGO_BYTES) {
      return err('BAD_IMAGE', `“${name}” is te groot (${Math.round(info.size / 1024 / 1024)} MB). Kies een afbeelding van maximaal 5 MB.`)
    }
    return inspectImage(new Uint8Array(readFileSync(path)), path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return err('NOT_FOUND', `Het logo “${name}” is niet (meer) gevonden. Kies het opnieuw.`, String(error))
    return err('READ_FAILED', `Het logo “${name}” kon niet worden gelezen.`, String(error))
  }
}

/** Scale an image to fit a box (in pixels at 96 dpi, what docx's ImageRun expects), keeping its proportions. */
export function fitInto(size: { width: number; height: number }, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(box.width / size.width, box.height / size.height, 1)
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) }
}
