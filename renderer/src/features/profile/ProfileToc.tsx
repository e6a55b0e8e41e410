import { useTranslation } from 'react-i18next'
import { type ProfileSectionId, type SectionProgress, profileSectionIds } from '../../../../shared/logic/profile-sections'
import { sectionDomId, sectionHeadingId } from './ProfileSection'

interface ProfileTocProps {
  progress: Record<ProfileSectionId, SectionProgress>
  memberCount: number
  active: ProfileSectionId
  onJump: (id: ProfileSectionId) => void
}

/** The sticky table of contents beside the long form, with how far each part is filled in. */
export function ProfileToc({ progress, memberCount, active, onJump }: ProfileTocProps) {
  const { t } = useTranslation('profile')
  return (
    <nav className="profile-toc" aria-label={t('toc.label')}>
      <ol>
        {profileSectionIds.map((id, index) => {
          const { filled, total } = progress[id]
          const complete = total > 0 && filled === total
          const status =
            id === 'stakeholders'
              ? t('toc.members', { count: memberCount })
              : complete
                ? t('toc.complete')
                : t('toc.progress', { filled, total })
          const statusLabel = id === 'stakeholders' || complete ? status : t('toc.progressLabel', { filled, total })
          return (
            <li key={id}>
              <a
                href={`#${sectionDomId(id)}`}
                aria-current={active === id ? 'location' : undefined}
                onClick={(event) => {
                  event.preventDefault()
                  onJump(id)
                }}
              >
                <span className="profile-toc-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="profile-toc-title">{t(`sections.${id}`)}</span>
                <span className={complete ? 'profile-toc-status profile-toc-complete' : 'profile-toc-status'}>
                  <span aria-hidden="true">{complete ? '✓' : status}</span>
                  <span className="visually-hidden">{statusLabel}</span>
                </span>
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** Scroll a section to the top and put the keyboard focus on its heading. */
export function jumpToSection(id: ProfileSectionId): void {
  document.getElementById(sectionDomId(id))?.scrollIntoView({ block: 'start' })
  document.getElementById(sectionHeadingId(id))?.focus({ preventScroll: true })
}
