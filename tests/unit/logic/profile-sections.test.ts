import { describe, expect, it } from 'vitest'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { community, profile } from '../../../shared/examples/helpers'
import { profileCompleteness, profileTextFields } from '../../../shared/logic/profile'
import { profileSectionIds, sectionItems, sectionProgress } from '../../../shared/logic/profile-sections'
import { ProjectFile } from '../../../shared/model'

const emptyProject = (): ProjectFile =>
  ProjectFile.parse({
    format: 'werkbank',
    schemaVersion: 1,
    createdAt: '2018-09-01T10:00:00+02:00',
    community: community({ id: 'c', name: 'Leergemeenschap Test' }),
    profile: profile({}),
  })

const sum = (progress: ReturnType<typeof sectionProgress>) =>
  profileSectionIds.reduce((acc, id) => ({ filled: acc.filled + progress[id].filled, total: acc.total + progress[id].total }), { filled: 0, total: 0 })

describe('profile sections', () => {
  it('cover every open survey question exactly once', () => {
    const fields = profileSectionIds.flatMap((id) => sectionItems[id]).flatMap((item) => (item.kind === 'profile' ? [item.field] : []))
    expect([...fields].sort()).toEqual([...profileTextFields].sort())
  })

  it('add up to the profile completeness of an empty project', () => {
    const project = emptyProject()
    expect(sum(sectionProgress(project))).toEqual(profileCompleteness(project))
    expect(sum(sectionProgress(project)).filled).toBe(0)
  })

  it('add up to the profile completeness of the Heerlen example', () => {
    const project = buildHeerlenExample()
    expect(sum(sectionProgress(project))).toEqual(profileCompleteness(project))
  })

  it('count blank text as empty and an estimated engagement row as filled', () => {
    const project = emptyProject()
    project.community.goal = '   '
    project.community.description = 'Een leergemeenschap in Heerlerheide'
    project.profile.categoryEngagement = [{ id: 'a', label: 'Buurtbewoners', engagement: null }]
    let progress = sectionProgress(project)
    expect(progress.purpose).toEqual({ filled: 1, total: 3 })
    expect(progress.participants).toEqual({ filled: 0, total: 1 })
    project.profile.categoryEngagement.push({ id: 'b', label: 'Studenten', engagement: 3 })
    progress = sectionProgress(project)
    expect(progress.participants).toEqual({ filled: 1, total: 1 })
  })

  it('count the start date in the first section, and the stakeholders section not at all', () => {
    const project = emptyProject()
    project.community.startDate = '2018-09-05'
    project.profile.initiator = 'Heerlen STAND-BY!'
    const progress = sectionProgress(project)
    expect(progress.community).toEqual({ filled: 2, total: 2 })
    expect(progress.stakeholders).toEqual({ filled: 0, total: 0 })
  })
})
