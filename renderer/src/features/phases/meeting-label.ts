import type { Meeting } from '../../../../shared/model'
import { formatDateShort } from '../../i18n/dates'

/** How Groepsfasen names a meeting: "wo 4 mrt 2099 · Werkgroep Preventie", or the date alone without a title. */
export const meetingLabel = (meeting: Pick<Meeting, 'date' | 'title'>): string =>
  [formatDateShort(meeting.date), meeting.title].filter((part) => part.trim() !== '').join(' · ')
