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
import { groupMeetings, phasePeriods } from '../../../../shared/logic/group-phases'
import { groupPhases } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { formatDate } from '../../i18n/dates'
import { timelineLayout } from './timeline-geometry'
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
  const meetings = useProject((p) => p.meetings)
  const locale = i18n.language === 'en' ? enGB : nl

  const lanes = useMemo(
    () =>
      groups.map((group) => ({
        group,
        periods: phasePeriods(gd.observations, group.id),
        observations: gd.observations.filter((o) => (o.workGroupId ?? null) === group.id),
        reflections: gd.reflections.filter((r) => (r.workGroupId ?? null) === group.id),
        meetings: groupMeetings(meetings, group.id),
      })),
    [groups, gd, meetings],
  )
  const layout = useMemo(() => timelineLayout(lanes, { start: community.startDate, end: community.endDate }, LEFT, RIGHT), [lanes, community.startDate, community.endDate])

  if (!layout) {
    return <p className="timeline-empty muted" data-testid="timeline-empty">{t('tracking.noTimeline')}</p>
  }
  const { span } = layout
  const height = lanes.length * LANE_H + AXIS_H
  const axisY = lanes.length * LANE_H
  const month = (iso: string, withYear: boolean) => format(parseISO(iso), withYear ? 'MMM yyyy' : 'MMM', { locale }).replace(/\./g, '')
  const summary = lanes.map(({ group, periods }) =>
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
        {layout.ticks.map((tick) => (
          <g key={tick.date}>
            <line className="timeline-grid" x1={layout.x(tick.date)} x2={layout.x(tick.date)} y1={0} y2={axisY} />
            {tick.labelled && (
              <text className="timeline-axis-label" x={layout.x(tick.date)} y={axisY + 18} textAnchor="middle">
                {month(tick.date, tick.withYear)}
              </text>
            )}
          </g>
        ))}
        <line className="timeline-axis" x1={LEFT} x2={RIGHT} y1={axisY} y2={axisY} />
        {lanes.map((lane, index) => {
          const top = index * LANE_H
          const bandY = top + LABEL_H
          const geometry = layout.lanes[index]!
          return (
            <g key={lane.group.id ?? 'community'} data-lane={lane.group.id ?? 'community'}>
              <text className={lane.group.id === selected ? 'timeline-lane-label is-selected' : 'timeline-lane-label'} x={LEFT} y={top + 14}>
                {lane.group.name}
              </text>
              <rect className="timeline-lane-bg" x={LEFT} y={bandY} width={RIGHT - LEFT} height={BAND_H} rx={4} />
              {geometry.bands.map((band) => (
                <g key={band.from} data-period={band.phase} data-from={band.from}>
                  <rect className={`timeline-band band-${band.phase}`} x={band.x} y={bandY} width={band.width} height={BAND_H} />
                  {band.numbered && (
                    <text className="timeline-band-label" x={band.labelX} y={bandY + BAND_H / 2 + 5} textAnchor="middle">
                      {phaseNumber(band.phase)}
                    </text>
                  )}
                </g>
              ))}
              {geometry.observations.map((o) => (
                <circle key={o.id} className="timeline-dot" data-date={o.date} cx={o.x} cy={bandY + BAND_H - 5} r={3} />
              ))}
              {geometry.reflections.map((r) => {
                const cy = bandY + 5
                return <path key={r.id} className="timeline-reflection" data-date={r.date} d={`M${r.x} ${cy - 5} L${r.x + 5} ${cy} L${r.x} ${cy + 5} L${r.x - 5} ${cy} Z`} />
              })}
              {geometry.meetings.map((m) => (
                <line key={m.id} className="timeline-meeting" data-date={m.date} x1={m.x} x2={m.x} y1={bandY + BAND_H + 2} y2={bandY + BAND_H + TICKS_H - 2} />
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption className="timeline-legend">
        {groupPhases.map((phase) => (
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
          <span className="timeline-legend-tick" aria-hidden="true" /> {lanes.some((lane) => lane.meetings.length > 0) ? t('tracking.meetingsLegend') : t('tracking.meetingsHook')}
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
