/**
 * The meetings of the Heerlen example: the community met every 5 weeks at changing locations from
 * September 2018 (seeds: STAND-BY! articles). Filled in by the meetings feature.
 */
import { type MeetingWork, meetingWork } from './helpers'

export function buildHeerlenMeetingWork(): MeetingWork {
  return meetingWork()
}
