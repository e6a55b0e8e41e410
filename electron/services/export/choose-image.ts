/** The `export.chooseImage` handler: ask for an image (native dialog), read and check it here, return its details. */
import type { Response } from '../../../shared/api'
import { ok } from '../../../shared/result'
import { checkPath, type ServiceContext } from '../service-context'
import { readLogo } from './logo'

export async function chooseImage(ctx: ServiceContext): Promise<Response<'export.chooseImage'>> {
  const chosen = await ctx.deps.dialogs.chooseImagePath()
  if (chosen === null) return ok({ cancelled: true })
  const checked = checkPath(chosen)
  if (!checked.ok) return checked
  const logo = await readLogo(checked.value)
  if (!logo.ok) return logo
  const { data: _bytes, ...details } = logo.value
  return ok(details)
}
