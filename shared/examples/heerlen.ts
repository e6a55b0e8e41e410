import type { ProjectFile } from '../model'

export const EXAMPLE_FILE_NAME = 'Voorbeeld Leergemeenschap Heerlen STAND-BY!.werkbank.json'

/** The built-in example: "Voorbeeld: Leergemeenschap Heerlen STAND-BY!". (placeholder; filled in by the fixtures work) */
export function buildHeerlenExample(): ProjectFile {
  return {
    format: 'werkbank',
    schemaVersion: 1,
    createdAt: '2018-09-01T10:00:00+02:00',
    community: {
      id: 'heerlen-standby',
      name: 'Leergemeenschap Heerlen STAND-BY!',
      startDate: '2018-09-05',
      endDate: '2019-12-31',
      region: 'Heerlen',
      commissioner: '',
      facilitator: '',
      description: '',
      goal: '',
      centralQuestion: '',
    },
    profile: {
      initiator: '', status: 'running', statusNote: '', expectedResultsBefore: '', expectedResultsDuring: '',
      categoryEngagement: [], competences: '', processGuidance: '', contentGuidance: '', collaboration: '',
      opportunitiesAndChallenges: '', collaborationExperiences: '', method: '', tools: '', costs: '', fundedBy: '',
      evaluations: '', workingElements: '',
    },
    stakeholders: [],
    participants: [],
    settings: { allowMultipleWorkGroups: true },
  }
}
