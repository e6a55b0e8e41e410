/**
 * The phase timeline: one lane per group (community first), coloured bands for its phases over
 * time with the phase number in them, dots for observations, diamonds for reflections, and the
 * group's meetings as ticks on the same time axis. A picture (role img) with a text description;
 * the same facts as a visually hidden list for screen readers.
 */
import { format, parseISO } from 'date-fns'
import { enGB, nl } from 'date-fns/locale'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { groupMeetings, meetingsOf, phasePeriods } from '../../../../shared/logic/group-phases'
import { useProject } from '../../app/session-store'
import { formatDate } from '../../i18n/dates'
import { dateScale, monthTicks, timelineSpan } from './timeline-geometry'
import { phaseNumber, type GroupStatus, usePhaseNames } from './use-phases'

const WIDTH = 960
const LEFT = 8
const RIGHT = WIDTH - 8
const LABEL_H = 20
const BAND_H = 26
const TICKS_H = 12
const LANE_GAP = 14
const LANE_H = LABEL_H + BAND_H + TICKS_H + LANE_GAP
const AXIS_H = 28

export function PhaseTimeline({ groups, selected }: { groups: GroupStatus[]; selected: string | null }) {
  const { t, i18n } = useTranslation('phases')
  const names = usePhaseNames()
  const community = useProject((p) => p.community)
  const gd = useProject((p) => p.groupDevelopment)
  const meetingsField = useProject((p) => (p as { meetings?: unknown }).meetings)
  const locale = i18n.language === 'en' ? enGB : nl

  const data = useMemo(() => {
    const meetings = meetingsOf({ meetings: meetingsField })
    const lanes = groups.map((group) => ({
      group,
      periods: phasePeriods(gd.observations, group.id),
      observations: gd.observations.filter((o) => (o.workGroupId ?? null) === group.id),
      reflections: gd.reflections.filter((r) => (r.workGroupId ?? null) === group.id),
      meetings: groupMeetings(meetings, group.id),
    }))
    const dates = lanes.flatMap((l) => [...l.observations.map((o) => o.date), ...l.reflections.map((r) => r.date), ...l.meetings.map((m) => m.date)])
    const span = gd.observations.length > 0 ? timelineSpan({ start: community.startDate, end: community.endDate }, dates) : null
    return { lanes, span, hasMeetings: meetings.length > 0 }
  }, [groups, gd, meetingsField, community.startDate, community.endDate])

  if (!data.span) {
    return <p className="timeline-empty muted" data-testid="timeline-empty">{t('tracking.noTimeline')}</p>
  }
  const span = data.span
  const x = dateScale(span, LEFT, RIGHT)
  const height = data.lanes.length * LANE_H + AXIS_H
  const axisY = data.lanes.length * LANE_H
  const month = (iso: string, withYear: boolean) => format(parseISO(iso), withYear ? 'MMM yyyy' : 'MMM', { locale }).replace(/\./g, '')
  const summary = data.lanes.map(({ group, periods }) =>
    periods.length === 0
      ? t('tracking.summaryNone', { group: group.name })
      : t('tracking.summaryGroup', {
          group: group.name,
          periods: periods.map((p) => t('tracking.summaryPeriod', { phase: names.primary(p.phase), date: formatDate(p.from) })).join('; '),
        }),
  )
  const label = t('tracking.timelineLabel', { from: formatDate(span.from), to: formatDate(span.to) })

  return (
    <figure className="timeline" data-testid="phase-timeline">
      <svg
        className="timeline-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="timeline-title timeline-desc"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="timeline-title">{label}</title>
        <desc id="timeline-desc">{summary.join(' ')}</desc>
        {monthTicks(span).map(({ date, month: m }) => (
          <g key={date}>
            <line className="timeline-grid" x1={x(date)} x2={x(date)} y1={0} y2={axisY} />
            {(m - 1) % 3 === 0 && (
              <text className="timeline-axis-label" x={x(date)} y={axisY + 18} textAnchor="middle">
                {month(date, m === 1 || date.slice(0, 7) === monthTicks(span)[0]?.date.slice(0, 7))}
              </text>
            )}
          </g>
        ))}
        <line className="timeline-axis" x1={LEFT} x2={RIGHT} y1={axisY} y2={axisY} />
        {data.lanes.map((lane, index) => {
          const top = index * LANE_H
          const bandY = top + LABEL_H
          return (
            <g key={lane.group.id ?? 'community'} data-lane={lane.group.id ?? 'community'}>
              <text className={lane.group.id === selected ? 'timeline-lane-label is-selected' : 'timeline-lane-label'} x={LEFT} y={top + 14}>
                {lane.group.name}
              </text>
              <rect className="timeline-lane-bg" x={LEFT} y={bandY} width={RIGHT - LEFT} height={BAND_H} rx={4} />
              {lane.periods.map((period) => {
                const x1 = x(period.from)
                const x2 = x(period.to ?? span.to)
                const w = Math.max(2, x2 - x1)
                return (
                  <g key={period.from} data-period={period.phase}>
                    <rect className={`timeline-band band-${period.phase}`} x={x1} y={bandY} width={w} height={BAND_H} />
                    {w >= 22 && (
                      <text className="timeline-band-label" x={x1 + Math.min(w / 2, 14)} y={bandY + BAND_H / 2 + 5} textAnchor="middle">
                        {phaseNumber(period.phase)}
                      </text>
                    )}
                  </g>
                )
              })}
              {lane.observations.map((o) => (
                <circle key={o.id} className="timeline-dot" cx={x(o.date)} cy={bandY + BAND_H - 5} r={3} />
              ))}
              {lane.reflections.map((r) => {
                const cx = x(r.date)
                const cy = bandY + 5
                return <path key={r.id} className="timeline-reflection" d={`M${cx} ${cy - 5} L${cx + 5} ${cy} L${cx} ${cy + 5} L${cx - 5} ${cy} Z`} />
              })}
              {lane.meetings.map((m) => (
                <line key={m.id} className="timeline-meeting" x1={x(m.date)} x2={x(m.date)} y1={bandY + BAND_H + 2} y2={bandY + BAND_H + TICKS_H - 2} />
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption className="timeline-legend">
        {(['pre', 'orientation', 'control', 'autonomy', 'closing'] as const).map((phase) => (
          <span key={phase} className="timeline-legend-item">
            <span className={`timeline-swatch band-${phase}`} aria-hidden="true">
              {phaseNumber(phase)}
            </span>
            {names.primary(phase)}
          </span>
        ))}
        <span className="timeline-legend-item">
          <span className="timeline-legend-dot" aria-hidden="true" /> {t('tracking.legendObservation')}
        </span>
        <span className="timeline-legend-item">
          <span className="timeline-legend-diamond" aria-hidden="true" /> {t('tracking.legendReflection')}
        </span>
        <span className="timeline-legend-item">
          <span className="timeline-legend-tick" aria-hidden="true" /> {data.hasMeetings ? t('tracking.meetingsLegend') : t('tracking.meetingsHook')}
        </span>
      </figcaption>
      <div className="visually-hidden">
        <h3>{t('tracking.timelineSummary')}</h3>
        <ul>
          {summary.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </div>
    </figure>
  )
}
