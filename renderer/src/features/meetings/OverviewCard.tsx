import { type ReactNode, useId } from 'react'

interface OverviewCardProps {
  heading: string
  intro: string
  /** Controls beside the heading, e.g. a filter. */
  aside?: ReactNode
  testId: string
  children: ReactNode
}

/** A card of the meetings overviews (roles, attendance): a region named by its heading, an intro, then the table. */
export function OverviewCard({ heading, intro, aside, testId, children }: OverviewCardProps) {
  const headingId = useId()
  return (
    <section className="card mt-card" aria-labelledby={headingId} data-testid={testId}>
      <div className="card-body form-grid">
        <div className="mt-card-head">
          <div>
            <h2 className="section-title" id={headingId}>
              {heading}
            </h2>
            <p className="muted">{intro}</p>
          </div>
          {aside}
        </div>
        {children}
      </div>
    </section>
  )
}
