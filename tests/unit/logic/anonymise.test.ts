import { describe, expect, it } from 'vitest'
import { createAnonymiser, initialsOf, pseudonymMap, roleOf } from '../../../shared/logic/anonymise'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
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
    expect(a.text('Markt in Heerlerheide, Maudje en Fatmagül')).toBe('Markt in Heerlerheide, Maudje en Fatmagül')
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

describe('anonymising the Heerlen community’s free text', () => {
  const heerlen = buildHeerlenExample()
  const initials = createAnonymiser(heerlen.participants, heerlen.stakeholders, 'initials')
  const roles = createAnonymiser(heerlen.participants, heerlen.stakeholders, 'role')

  it('replaces surnames on their own, with forms of address or initials', () => {
    expect(initials.text('Afgestemd met mevrouw Kleijnen en dhr. Notermans.')).toBe('Afgestemd met A.K. en B.N..')
    expect(initials.text('Volgens Kleijnen werkt het; A. Kleijnen en de heer Bemelmans zijn het eens.')).toBe(
      'Volgens A.K. werkt het; A.K. en L.B. zijn het eens.',
    )
    expect(roles.text('Mevrouw Claessens belt.')).toBe('Wijkverpleegkundige belt.')
  })

  it('replaces names whatever their case or accents', () => {
    expect(initials.text('gesprek met fatma öztürk, ÖZTÜRK en Ozturk; rené en Rene')).toBe('gesprek met F.Ö., F.Ö. en F.Ö.; R.J. en R.J.')
    expect(initials.text('HANS MÜLLER en hans mueller')).toBe('H.M. en H.M. mueller')
  })

  it('replaces surnames with tussenvoegsels, and the surname without them', () => {
    expect(initials.text('Mohamed el Amrani, El Amrani en Amrani')).toBe('M.A., M.A. en M.A.')
    expect(initials.text('Carla Op den Kamp en mevrouw op den Kamp')).toBe('C.K. en C.K.')
    expect(initials.text('Priscilla van der Meer; Van der Meer zegt: de heer van der Meer')).toBe('P.M.; P.M. zegt: P.M.')
  })

  it('replaces first names of any length as whole words, never inside another word', () => {
    expect(initials.text('Sem, Roy en Daan; Lotte’s idee; Yvonnes voorstel')).toBe('S.C., R.C. en D.P.; L.J.’s idee; Y.D.’s voorstel')
    expect(initials.text('Semester, royaal, Daantje, Heerlen-Noord')).toBe('Semester, royaal, Daantje, Heerlen-Noord')
  })

  it('leaves Dutch words alone that are also names, unless written as a name', () => {
    // Lei, Iris, Bas and Frank are participants or stakeholders; Meer is Priscilla van der Meer’s surname.
    expect(initials.text('Er komen meer bewoners; de lei van de school; de iris van het oog; de bas speelt.')).toBe(
      'Er komen meer bewoners; de lei van de school; de iris van het oog; de bas speelt.',
    )
    expect(initials.text('Meer bewoners doen mee. Lei vertelde het aan Iris.')).toBe('Meer bewoners doen mee. L.B. vertelde het aan I.S..')
    expect(initials.text('Met mevrouw Meer en Bas.')).toBe('Met P.M. en huisarts, Huisartsenpraktijk Heerlen-Noord.')
  })

  it('uses a neutral stand-in for a first name that two people share', () => {
    const people = [...heerlen.participants, Participant.parse({ id: 'x1', name: 'Maud Janssen', category: 'resident' })]
    const a = createAnonymiser(people, [], 'initials')
    expect(a.text('Maud Vossen en Maud Janssen; Maud belt.')).toBe('M.V. en M.J.; M. belt.')
    expect(createAnonymiser(people, [], 'role').text('Maud belt.')).toBe('Een deelnemer belt.')
  })

  it('replaces only full names in a line that may name a stranger (the author)', () => {
    expect(initials.fullNames('Anja Smeets, procesbegeleider')).toBe('Anja Smeets, procesbegeleider')
    expect(initials.fullNames('Maud Vossen (procesbegeleider)')).toBe('M.V. (procesbegeleider)')
  })

  it('starts a sentence with a capital when a role stands in for a name', () => {
    expect(roles.text('Ingrid belt. Daarna belt Ingrid weer.')).toBe('Wijkverpleegkundige belt. Daarna belt wijkverpleegkundige weer.')
  })

  it('leaves no participant’s or stakeholder’s name, surname or first name in a text full of them', () => {
    const names = [...heerlen.participants.map((p) => p.name), ...heerlen.stakeholders.map((s) => s.name)]
    const text = names.map((name, i) => (i % 2 === 0 ? `Gesprek met ${name}.` : `${name.split(' ').pop()} en ${name.split(' ')[0]} waren er ook.`)).join(' ')
    for (const a of [initials, roles]) {
      const out = a.text(text)
      for (const name of names) {
        for (const word of name.split(' ').filter((w) => w.length > 1 && !['van', 'der', 'op', 'den', 'El'].includes(w))) {
          expect(out, word).not.toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'))
        }
      }
    }
  })
})
