import { describe, expect, it } from 'vitest'
import { Meeting } from '../../../shared/model'
import {
  BUILTIN_TEMPLATES,
  copyAgendaItems,
  itemsFromTemplate,
  moveItem,
  newAgendaItem,
  previousMeetingWithAgenda,
  templateFromAgenda,
} from '../../../shared/logic/agenda'

const ids = () => {
  let n = 0
  return () => `id${++n}`
}

const meeting = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  Meeting.parse({ id, date, agenda: [{ id: `${id}-a`, title: `Punt van ${id}` }], ...extra })

describe('agenda rules', () => {
  it('ships the standard plenary agenda in the order of the issue', () => {
    const plenary = BUILTIN_TEMPLATES[0]!
    expect(plenary.items.map((i) => i.title)).toEqual([
      'Opening en check-in',
      'Mededelingen',
      'Terugkoppeling werkgroepen',
      'Thema',
      'Reflectie',
      'Rondvraag',
      'Afsluiting',
    ])
  })

  it('fills an agenda from a template with new ids and empty minutes', () => {
    const items = itemsFromTemplate(BUILTIN_TEMPLATES[0]!, ids())
    expect(items.map((i) => i.id)).toEqual(['id1', 'id2', 'id3', 'id4', 'id5', 'id6', 'id7'])
    expect(items[2]?.preparation).toContain('Elke werkgroep')
    expect(items.every((i) => i.notes === '' && i.decisions.length === 0 && i.actualSeconds === null)).toBe(true)
  })

  it('copies an earlier agenda without its notes, decisions and time spent', () => {
    const source = {
      ...newAgendaItem('x', 'Thema: preventie', 'workForm', 40),
      ownerId: 'p1',
      themeIds: ['t1'],
      notes: 'Veel besproken',
      decisions: [{ id: 'd', text: 'Besluit' }],
      actualSeconds: 2500,
    }
    const [copy] = copyAgendaItems([source], ids())
    expect(copy).toMatchObject({ id: 'id1', title: 'Thema: preventie', kind: 'workForm', durationMinutes: 40, ownerId: 'p1', themeIds: ['t1'] })
    expect(copy).toMatchObject({ notes: '', decisions: [], actualSeconds: null })
    expect(copy?.themeIds).not.toBe(source.themeIds)
  })

  it('saves an agenda as a template with what repeats', () => {
    const template = templateFromAgenda('  Werkgroepoverleg ', [newAgendaItem('x', 'Stand van zaken', 'inform', 20)], ids())
    expect(template).toEqual({
      id: 'id1',
      name: 'Werkgroepoverleg',
      items: [{ id: 'id2', title: 'Stand van zaken', kind: 'inform', durationMinutes: 20, preparation: '' }],
    })
  })

  it('finds the latest earlier meeting of the same kind with an agenda', () => {
    const meetings = [
      meeting('m1', '2018-09-05'),
      meeting('m2', '2018-10-10'),
      meeting('m3', '2018-11-14', { status: 'cancelled' }),
      meeting('m4', '2018-11-20', { agenda: [] }),
      meeting('m5', '2018-12-19'),
      meeting('w1', '2018-12-01', { kind: 'workGroup', workGroupId: 'g1' }),
    ]
    expect(previousMeetingWithAgenda(meetings, meetings[4]!)?.id).toBe('m2')
    expect(previousMeetingWithAgenda(meetings, meetings[0]!)).toBeNull()
    const w2 = meeting('w2', '2018-12-20', { kind: 'workGroup', workGroupId: 'g1' })
    expect(previousMeetingWithAgenda(meetings, w2)?.id).toBe('w1')
    const other = meeting('w3', '2018-12-20', { kind: 'workGroup', workGroupId: 'g2' })
    expect(previousMeetingWithAgenda(meetings, other)).toBeNull()
  })

  it('moves items and leaves the array alone for no-op moves', () => {
    const list = ['a', 'b', 'c', 'd']
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(moveItem(list, 3, 0)).toEqual(['d', 'a', 'b', 'c'])
    expect(moveItem(list, 1, 1)).toBe(list)
    expect(moveItem(list, 1, 9)).toBe(list)
  })
})
