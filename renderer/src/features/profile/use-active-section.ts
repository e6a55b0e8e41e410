import { useEffect, useState } from 'react'
import { type ProfileSectionId, profileSectionIds } from '../../../../shared/logic/profile-sections'
import { sectionDomId } from './ProfileSection'

/**
 * The section the reader is in: the first one whose card crosses the upper third of the
 * scrolling area. Used to mark the current entry in the table of contents.
 */
export function useActiveSection(): ProfileSectionId {
  const [active, setActive] = useState<ProfileSectionId>(profileSectionIds[0])
  useEffect(() => {
    const elements = profileSectionIds.map((id) => document.getElementById(sectionDomId(id)))
    const first = elements.find((element) => element !== null)
    if (!first) return
    const root = first.closest('.main')
    const visible = new Set<string>()
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id)
          else visible.delete(entry.target.id)
        }
        const current = profileSectionIds.find((id) => visible.has(sectionDomId(id)))
        if (current) setActive(current)
      },
      { root, rootMargin: '0px 0px -66% 0px' },
    )
    for (const element of elements) if (element) observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return active
}
