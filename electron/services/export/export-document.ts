/**
 * The `export.document` handler: validate the project, let the exporter check its subject,
 * ask where to save (the native dialog asks before overwriting), build, write atomically with
 * the durable-file helper. The project file is never touched. Write failures become clear
 * Dutch messages: a file open in Word (locked), no permission, a full disk.
 *
 * Layout of electron/services/export/: builders (documents/*.ts) are pure functions from the
 * project to a docx Document, using the house style (house-style.ts), blocks, tables, Dutch
 * dates and the text sanitiser; registry.ts maps each export kind to its builder; this file
 * is the only one that talks to dialogs and the disk. Everything is plain Node, no electron.
 */
import { basename } from 'node:path'
import type { ErrorCode, ExportedFile, Input, ParsedInput, Response } from '../../../shared/api'
import { ProjectFile } from '../../../shared/model'
import { type Err, err, ok } from '../../../shared/result'
import { errorCode, writeFileDurable } from '../durable-file'
import type { ServiceContext } from '../service-context'
import { checkPath } from '../service-context'
import { exporters } from './registry'

export type ExportInput = ParsedInput<'export.document'>
export type { Input }

/** A Dutch message for a failed write of `path`. */
export function writeFailure(error: unknown, path: string): Err<ErrorCode> {
  const name = basename(path)
  const code = errorCode(error)
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return {
      ok: false,
      error: {
        code: 'FILE_LOCKED',
        message: `“${name}” kon niet worden opgeslagen: het bestand is waarschijnlijk geopend in Word of een ander programma, of je mag niet schrijven in deze map. Sluit het bestand en probeer het opnieuw, of kies een andere naam. Je project is niet veranderd.`,
        details: String(error),
        path,
      },
    }
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      ok: false,
      error: {
        code: 'DISK_FULL',
        message: `“${name}” kon niet worden opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere plek. Je project is niet veranderd.`,
        details: String(error),
        path,
      },
    }
  }
  if (code === 'EISDIR') {
    return {
      ok: false,
      error: {
        code: 'EXPORT_TARGET_UNAVAILABLE',
        message: `“${name}” kon niet worden opgeslagen: er staat al een map met die naam. Kies een andere naam. Je project is niet veranderd.`,
        details: String(error),
        path,
      },
    }
  }
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EROFS') {
    return {
      ok: false,
      error: {
        code: 'EXPORT_TARGET_UNAVAILABLE',
        message: `“${name}” kon niet worden opgeslagen: de map bestaat niet of is alleen-lezen. Kies een andere plek. Je project is niet veranderd.`,
        details: String(error),
        path,
      },
    }
  }
  return {
    ok: false,
    error: {
      code: 'EXPORT_FAILED',
      message: `“${name}” kon niet worden opgeslagen. Probeer het opnieuw of kies een andere plek. Je project is niet veranderd.`,
      details: String(error),
      path,
    },
  }
}

export async function exportDocument(ctx: ServiceContext, input: ExportInput): Promise<Response<'export.document'>> {
  const parsed = ProjectFile.safeParse(input.document)
  if (!parsed.success) {
    return err('BAD_INPUT', 'Het project kon niet worden geëxporteerd: de gegevens kloppen niet.', parsed.error.message)
  }
  const prepared = exporters[input.kind](parsed.data, {
    meetingId: input.meetingId,
    workGroupId: input.workGroupId,
    options: input.options,
  })
  if (!prepared.ok) return prepared

  const chosen = await ctx.deps.dialogs.chooseExportPath({
    suggestedName: prepared.value.suggestedName,
    extension: prepared.value.extension,
  })
  if (chosen === null) return ok({ cancelled: true })
  const checked = checkPath(chosen)
  if (!checked.ok) return checked
  const path = checked.value

  let bytes: Uint8Array | string
  try {
    bytes = await prepared.value.build()
  } catch (error) {
    return err('EXPORT_FAILED', 'Het document kon niet worden gemaakt. Je project is niet veranderd.', String(error))
  }
  try {
    await writeFileDurable(path, bytes)
  } catch (error) {
    return writeFailure(error, path)
  }
  const sizeBytes = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength
  const result: ExportedFile = { path, sizeBytes }
  return ok(result)
}
