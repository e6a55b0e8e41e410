/**
 * The Agenda tab of a meeting. The agenda builder (templates, drag to reorder, timing, the live
 * chairing view and the Word export) is the agenda feature's: renderer/src/features/agenda/.
 */
import type { Meeting } from '../../../../shared/model'
import { AgendaBuilder } from '../agenda/AgendaBuilder'
import { PhaseGuidancePanel } from '../phases/PhaseGuidancePanel'

export function AgendaSlot({ meeting }: { meeting: Meeting }) {
  // With the agenda: the guidance for the group's phase (Groepsfasen), with agenda suggestions
  // that go onto this meeting. Plenary and single meetings are the whole community's.
  return (
    <div className="agenda-with-guidance">
      <PhaseGuidancePanel groupId={meeting.workGroupId ?? null} meetingId={meeting.id} compact />
      <AgendaBuilder meetingId={meeting.id} />
    </div>
  )
}
