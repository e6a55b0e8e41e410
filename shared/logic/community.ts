/** Rules for a learning community's basic details, shared by the create form and the profile. */

export interface PeriodInput {
  startDate: string | null
  endDate: string | null
}

export type CommunityProblem = 'nameRequired' | 'endBeforeStart'

/** Problems the form shows next to the fields; empty when the details can be saved. */
export function checkCommunityDetails(details: PeriodInput & { name: string }): Partial<Record<'name' | 'endDate', CommunityProblem>> {
  const problems: Partial<Record<'name' | 'endDate', CommunityProblem>> = {}
  if (details.name.trim() === '') problems.name = 'nameRequired'
  if (details.startDate && details.endDate && details.endDate < details.startDate) problems.endDate = 'endBeforeStart'
  return problems
}

/** A file name for a new project: the community's name without characters file systems refuse. */
export function projectFileName(name: string): string {
  const cleaned = name
    .replace(/[<>:"/\\|?*]/g, '')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 32)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
  return `${cleaned.slice(0, 120) || 'Leergemeenschap'}.werkbank.json`
}
