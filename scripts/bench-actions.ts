/**
 * actions.filter.ms: filtering the action list (open, overdue, per person, per work group, a text
 * search) on a generated project of 150 meetings, 2,000 agenda items and 1,500 actions, as the
 * Acties screen does on every filter change. Median (and p95) over a mix of filters after warm-up.
 */
import { type ActionFilter, filterActions, meetingGroupIndex } from '../shared/logic/actions'
import type { BenchModule } from './bench'
import { percentile } from './bench-board'
import { generateMeetingsProject } from './generate-meetings'

const TODAY = '2020-06-01'

export const actionsBench: BenchModule = {
  name: 'actions filter (150 meetings, 2,000 agenda items, 1,500 actions)',
  async run(ctx) {
    const project = generateMeetingsProject(150, 2000, 1500)
    const people = project.participants.map((p) => p.id)
    const groups = project.workGroups.map((g) => g.id)
    const filters: ActionFilter[] = [
      { view: 'open', ownerId: null, workGroupId: null, query: '' },
      { view: 'overdue', ownerId: null, workGroupId: null, query: '' },
      { view: 'all', ownerId: people[3] ?? null, workGroupId: null, query: '' },
      { view: 'open', ownerId: null, workGroupId: groups[1] ?? null, query: '' },
      { view: 'all', ownerId: null, workGroupId: null, query: 'zaal buurtcentrum' },
      { view: 'done', ownerId: 'nobody', workGroupId: null, query: '' },
    ]
    // The screen builds the meeting → work group index once per change of the meetings.
    const run = (i: number) => filterActions(project.actions, filters[i % filters.length]!, TODAY, meetingGroupIndex(project.meetings))
    for (let i = 0; i < 30; i++) run(i)
    const times: number[] = []
    for (let i = 0; i < Math.max(ctx.runs, 60); i++) {
      const started = performance.now()
      run(i)
      times.push(performance.now() - started)
    }
    ctx.record('actions.filter.ms', percentile(times, 50))
    ctx.record('actions.filter.p95.ms', percentile(times, 95))
  },
}
