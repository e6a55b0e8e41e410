/** Names by id for the meetings screens, derived once per change of the lists. */
import { useMemo } from 'react'
import { useProject } from '../../app/session-store'

export function useMeetingLookups() {
  const participants = useProject((p) => p.participants)
  const locations = useProject((p) => p.locations)
  const workGroups = useProject((p) => p.workGroups)
  const holidayPeriods = useProject((p) => p.holidayPeriods)
  return useMemo(
    () => ({
      participants,
      locations,
      workGroups,
      holidayPeriods,
      personName: new Map(participants.map((p) => [p.id, p.name])),
      locationName: new Map(locations.map((l) => [l.id, l.name])),
      groupName: new Map(workGroups.map((g) => [g.id, g.name])),
    }),
    [participants, locations, workGroups, holidayPeriods],
  )
}

export type MeetingLookups = ReturnType<typeof useMeetingLookups>
