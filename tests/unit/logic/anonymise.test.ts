import { describe, expect, it } from 'vitest'
import { createAnonymiser, initialsOf, pseudonymMap, roleOf } from '../../../shared/logic/anonymise'
import { Participant, StakeholderMember } from '../../../shared/model'

const person = (id: string, name: string, category: Participant['category'], discipline = ''): Participant =>
  Participant.parse({ id, name, category, discipline })
const participants = [
  person('p1', 'Maud Vossen', 'teacherResearcher', 'docent-onderzoeker, procesbegeleider'),
  person('p2', 'Carla op den Kamp', 'teacherResearcher', 'onderzoeker'),
  person('p3', 'Fatma Öztürk', 'resident'),
  person('p4', 'Mark Verhoeven', 'professional', 'opbouwwerker (Alcander)'),
  person('p5', 'Mohamed El Amrani', 'professional', 'maatschappelijk werker'),
]
const stakeholders = [StakeholderMember.parse({ id: 's1', body: 'steeringGroup', name: 'Monique Rutten', organisation: 'Heerlen STAND-BY!', role: 'directeur' })]

describe('stand-ins for participants', () => {
  it('makes initials without tussenvoegsels, keeping diacritics', () => {
    expect(initialsOf('Maud Vossen')).toBe('M.V.')
    expect(initialsOf('Carla op den Kamp')).toBe('C.K.')
    expect(initialsOf('Fatma Öztürk')).toBe('F.Ö.')
    expect(initialsOf('Mohamed El Amrani')).toBe('M.A.')
    expect(initialsOf('Jan-Willem de Vries')).toBe('J.W.V.')
    expect(initialsOf('  ')).toBe('?')
  })

  it('numbers repeated initials; roles come from the discipline or the category', () => {
    const initials = pseudonymMap(participants, 'initials')
    expect([...initials.values()]).toEqual(['M.V.', 'C.K.', 'F.Ö.', 'M.V. (2)', 'M.A.'])
    const roles = pseudonymMap(participants, 'role')
    expect([...roles.values()]).toEqual(['docent-onderzoeker', 'onderzoeker', 'buurtbewoner', 'opbouwwerker', 'maatschappelijk werker'])
    expect(roleOf(person('x', 'X', 'student'))).toBe('student')
    expect(pseudonymMap(participants, 'none').get('p3')).toBe('Fatma Öztürk')
  })
})

describe('anonymising free text', () => {
  it('replaces full names first, then first names as whole words, and stakeholders by role', () => {
    const a = createAnonymiser(participants, stakeholders, 'initials')
    expect(a.text('Maud Vossen belt Carla op den Kamp; Fatma en Maud overleggen met Monique Rutten.')).toBe(
      'M.V. belt C.K.; F.Ö. en M.V. overleggen met directeur, Heerlen STAND-BY!.',
    )
    expect(a.text('Markt in Heerlerheide, Maudje en fatma')).toBe('Markt in Heerlerheide, Maudje en fatma')
    expect(a.participant('p5')).toBe('M.A.')
    expect(a.participant(null)).toBe('')
    expect(a.stakeholder('s1')).toBe('directeur, Heerlen STAND-BY!')
  })

  it('changes nothing when not anonymising', () => {
    const a = createAnonymiser(participants, stakeholders, 'none')
    expect(a.text('Maud Vossen')).toBe('Maud Vossen')
    expect(a.participant('p1')).toBe('Maud Vossen')
    expect(a.stakeholder('s1')).toBe('Monique Rutten')
  })
})
