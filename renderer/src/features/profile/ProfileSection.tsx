import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProfileSectionId } from '../../../../shared/logic/profile-sections'

export const sectionDomId = (id: ProfileSectionId) => `profiel-${id}`
export const sectionHeadingId = (id: ProfileSectionId) => `profiel-${id}-titel`

/** One card of the profile form, with a numbered heading the table of contents links to. */
export function ProfileSection({ id, number, intro, children }: { id: ProfileSectionId; number: number; intro?: string; children: ReactNode }) {
  const { t } = useTranslation('profile')
  return (
    <section id={sectionDomId(id)} className="card card-body profile-section" aria-labelledby={sectionHeadingId(id)} data-section={id}>
      <h2 id={sectionHeadingId(id)} className="profile-section-title" tabIndex={-1}>
        <span className="profile-section-number" aria-hidden="true">
          {number}
        </span>
        {t(`sections.${id}`)}
      </h2>
      {intro && <p className="profile-section-intro">{intro}</p>}
      <div className="form-grid">{children}</div>
    </section>
  )
}
