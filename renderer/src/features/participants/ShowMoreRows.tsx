import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Below a partly rendered table: a button for the next page, pressed by itself when it
 * scrolls into view, so scrolling through a long list just continues.
 */
export function ShowMoreRows({ remaining, onShowMore }: { remaining: number; onShowMore: () => void }) {
  const { t } = useTranslation('participants')
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const button = ref.current
    if (!button) return
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onShowMore(), {
      rootMargin: '400px 0px',
    })
    observer.observe(button)
    return () => observer.disconnect()
  }, [onShowMore, remaining])
  return (
    <div className="participants-more">
      <button ref={ref} type="button" className="btn btn-small" onClick={onShowMore}>
        {t('table.showMore', { count: remaining })}
      </button>
    </div>
  )
}
