import { z } from 'zod'

/**
 * Every object schema in the project file is "loose": keys this version does not
 * know are kept on parse, so a file written by a newer colleague's app round-trips
 * through this one without losing data. Never use z.object for file data.
 */
export const record = z.looseObject

/** A stable random id; entities refer to each other by id, never by position or name. */
export const Id = z.string().min(1).max(100)

/** A calendar date as `YYYY-MM-DD`, or null when unknown. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Verwacht een datum als JJJJ-MM-DD')
  .refine((value) => {
    // Date.parse rolls 2018-02-30 over to March: require the date to come back unchanged.
    const parsed = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
  }, 'Geen bestaande datum')

export const OptionalDate = IsoDate.nullable().default(null)

/** Free text; long texts are allowed, absurd ones are not. */
export const Text = z.string().max(100_000).default('')

/** An instant as an ISO string with offset, e.g. 2018-09-05T19:30:00+02:00. */
export const Timestamp = z.string().min(1).max(40)
