/**
 * Agenda editing rules, pure: the templates that ship with the app, filling an agenda from a
 * template or from an earlier meeting, saving an agenda as a template, and moving items.
 * New ids come from the caller (`newId`), so these functions stay deterministic in tests.
 */
import type { AgendaItem, AgendaItemKind, AgendaTemplate, AgendaTemplateItem, Meeting } from '../model'

type NewId = () => string

/** Templates that ship with the app; their ids start with `builtin-` and they are not stored in the project. */
export const BUILTIN_TEMPLATES: readonly AgendaTemplate[] = [
  {
    id: 'builtin-plenary',
    name: 'Plenaire bijeenkomst (standaard)',
    items: [
      { id: 'builtin-plenary-1', title: 'Opening en check-in', kind: 'reflect', durationMinutes: 15, preparation: '' },
      { id: 'builtin-plenary-2', title: 'Mededelingen', kind: 'inform', durationMinutes: 10, preparation: '' },
      {
        id: 'builtin-plenary-3',
        title: 'Terugkoppeling werkgroepen',
        kind: 'discuss',
        durationMinutes: 25,
        preparation: 'Elke werkgroep vertelt in vijf minuten wat ze sinds de vorige bijeenkomst heeft gedaan en waar ze hulp bij wil.',
      },
      { id: 'builtin-plenary-4', title: 'Thema', kind: 'workForm', durationMinutes: 40, preparation: '' },
      { id: 'builtin-plenary-5', title: 'Reflectie', kind: 'reflect', durationMinutes: 15, preparation: '' },
      { id: 'builtin-plenary-6', title: 'Rondvraag', kind: 'inform', durationMinutes: 10, preparation: '' },
      { id: 'builtin-plenary-7', title: 'Afsluiting', kind: 'inform', durationMinutes: 5, preparation: '' },
    ],
  },
]

export const isBuiltinTemplate = (id: string): boolean => id.startsWith('builtin-')

/** A new, empty agenda item. */
export function newAgendaItem(id: string, title = '', kind: AgendaItemKind = 'discuss', durationMinutes = 10): AgendaItem {
  return {
    id,
    title,
    kind,
    durationMinutes,
    ownerId: null,
    preparation: '',
    themeIds: [],
    workGroupIds: [],
    notes: '',
    decisions: [],
    actualSeconds: null,
  }
}

/** Agenda items from a template, with new ids. */
export function itemsFromTemplate(template: Pick<AgendaTemplate, 'items'>, newId: NewId): AgendaItem[] {
  return template.items.map((item) => ({
    ...newAgendaItem(newId(), item.title, item.kind, item.durationMinutes),
    preparation: item.preparation,
  }))
}

/**
 * Copies of earlier agenda items for a new meeting: title, kind, duration, owner, preparation
 * and links are kept; what happened in the meeting (notes, decisions, time spent) is not.
 */
export function copyAgendaItems(items: readonly AgendaItem[], newId: NewId): AgendaItem[] {
  return items.map((item) => ({
    ...newAgendaItem(newId(), item.title, item.kind, item.durationMinutes),
    ownerId: item.ownerId,
    preparation: item.preparation,
    themeIds: [...item.themeIds],
    workGroupIds: [...item.workGroupIds],
  }))
}

/** A template from an agenda: only what repeats (title, kind, duration, preparation). */
export function templateFromAgenda(name: string, items: readonly AgendaItem[], newId: NewId): AgendaTemplate {
  return {
    id: newId(),
    name: name.trim(),
    items: items.map(
      (item): AgendaTemplateItem => ({ id: newId(), title: item.title, kind: item.kind, durationMinutes: item.durationMinutes, preparation: item.preparation }),
    ),
  }
}

/**
 * The meeting before this one whose agenda can be copied: the latest earlier meeting (by date,
 * then start time) of the same kind — for work-group meetings of the same group — that is not
 * cancelled and has agenda items. Null when there is none.
 */
export function previousMeetingWithAgenda(meetings: readonly Meeting[], meeting: Meeting): Meeting | null {
  const key = (m: Meeting) => `${m.date} ${m.startTime}`
  const here = key(meeting)
  let best: Meeting | null = null
  for (const other of meetings) {
    if (other.id === meeting.id || other.status === 'cancelled' || other.agenda.length === 0) continue
    if (other.kind !== meeting.kind) continue
    if (meeting.kind === 'workGroup' && other.workGroupId !== meeting.workGroupId) continue
    if (key(other) >= here) continue
    if (!best || key(other) > key(best)) best = other
  }
  return best
}

/** The agenda with the item at `from` moved to `to` (indices into the agenda). Same array when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items
  const next = [...items]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved as T)
  return next
}
