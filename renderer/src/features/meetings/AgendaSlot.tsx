/**
 * The Agenda tab of a meeting. The agenda builder (templates, drag to reorder, timing, the live
 * chairing view and the Word export) is the agenda feature's: renderer/src/features/agenda/.
 */
import type { Meeting } from '../../../../shared/model'
import { AgendaBuilder } from '../agenda/AgendaBuilder'

export function AgendaSlot({ meeting }: { meeting: Meeting }) {
  return <AgendaBuilder meetingId={meeting.id} />
}
