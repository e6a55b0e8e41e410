/**
 * What the table shows: the project's participants narrowed by search and filters and
 * sorted, memoised so that 1,400 people stay quick. The table follows the search box and
 * the project with a deferred value, so typing (in the search or in the panel) never
 * waits for re-sorting a long list.
 */
import { useDeferredValue, useMemo, useState } from 'react'
import {
  countByCategory,
  countByStatus,
  defaultParticipantFilter,
  defaultParticipantSort,
  filterParticipants,
  isFiltering,
  type ParticipantFilter,
  type ParticipantSort,
  sortParticipants,
} from '../../../../shared/logic/participants'
import { useProject } from '../../app/session-store'

export function useParticipantList() {
  const participants = useProject((project) => project.participants)
  const listed = useDeferredValue(participants)
  const [filter, setFilter] = useState<ParticipantFilter>(defaultParticipantFilter)
  const [sort, setSort] = useState<ParticipantSort>(defaultParticipantSort)
  const search = useDeferredValue(filter.search)

  const sorted = useMemo(() => sortParticipants(listed, sort), [listed, sort])
  const visible = useMemo(
    () => filterParticipants(sorted, { search, category: filter.category, status: filter.status }),
    [sorted, search, filter.category, filter.status],
  )
  // Counted from the same snapshot as the table, so "no results" never flashes for a frame.
  const statusCounts = useMemo(() => countByStatus(listed), [listed])
  const categoryCounts = useMemo(() => countByCategory(listed), [listed])

  return {
    /** The project's participants as they are now (the panel edits these). */
    participants,
    visible,
    filter,
    setFilter,
    sort,
    setSort,
    filtering: isFiltering(filter),
    clearFilters: () => setFilter(defaultParticipantFilter),
    statusCounts,
    categoryCounts,
  }
}
