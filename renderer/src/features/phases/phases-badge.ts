import type { ProjectFile } from '../../../../shared/model'

/** Sidebar badge of Groepsfasen: the number of phase observations, like the other screens' counts. */
export function phasesBadge(project: ProjectFile): string | null {
  return String(project.groupDevelopment.observations.length)
}
