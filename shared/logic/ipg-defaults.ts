/**
 * The default text of the IPG matrix (integrale procesbegeleiding groepen): one cell per phase
 * and row. Written for Werkbank from general group-dynamics knowledge as an editable starting
 * point, not quoted from a book. Lives in code, never in the project file; the facilitator's
 * changes are stored as overrides (shared/logic/ipg.ts).
 */
import type { FunctioningLevel, GroupPhase, LeadershipStyle, MatrixRow } from '../model'
import type { IpgLanguage } from './ipg-labels'

/** One cell. `styles` matters for the leadership row, `levels` and `examples` for the intervention row. */
export interface MatrixCell {
  text: string
  styles: LeadershipStyle[]
  /** Focus levels, most important first. */
  levels: FunctioningLevel[]
  /** An example intervention per level of group functioning. */
  examples: Partial<Record<FunctioningLevel, string>>
}

export type Matrix = Record<GroupPhase, Record<MatrixRow, MatrixCell>>

type CellSpec = Partial<MatrixCell> & { text: string }
type PhaseSpec = Record<MatrixRow, CellSpec>

const NL: Record<GroupPhase, PhaseSpec> = {
  pre: {
    meaning: {
      text: 'Je twijfelt nog of je meedoet en wat het je oplevert. Je vraagt je af wie er nog meer komen, hoeveel tijd het kost en of jouw inbreng ertoe doet.',
    },
    role: {
      text: 'Kwartiermaker: verkent de behoefte, voert oriënterende gesprekken, nodigt uit en regelt de randvoorwaarden (tijd, plek, vergoeding, mandaat). Maakt het doel helder voordat de groep er is.',
    },
    leadership: {
      styles: ['directive'],
      text: 'Jij neemt het initiatief en zet het kader neer; deelnemers hebben nog niets om op terug te vallen.',
    },
    intervention: {
      levels: ['context', 'procedure'],
      text: 'Vooral context en procedure: draagvlak en mandaat regelen, en duidelijk maken hoe het werken eruit gaat zien.',
      examples: {
        content: 'Haal in oriënterende gesprekken thema’s en leervragen uit de praktijk op.',
        procedure: 'Leg vast hoe vaak, waar en hoe lang je bijeenkomt; stuur een uitnodiging met doel en programma.',
        interaction: 'Bel aarzelende mensen zelf op en vraag wat ze nodig hebben om mee te doen.',
        existence: 'Vraag in een kort gesprek wat iemand persoonlijk wil halen en brengen.',
        context: 'Zorg voor draagvlak bij opdrachtgever en leidinggevenden; regel tijd en een onkostenvergoeding.',
      },
    },
  },
  orientation: {
    meaning: {
      text: 'Je zoekt veiligheid en duidelijkheid: wat is de bedoeling, wat wordt er van me verwacht, hoor ik erbij? Je bent beleefd, houdt je mening nog wat voor je en kijkt naar de begeleider.',
    },
    role: {
      text: 'Gastheer en structuurgever: biedt houvast met een helder doel, programma en voorstel voor werkafspraken, zorgt dat mensen elkaar leren kennen en is goed zichtbaar en bereikbaar.',
    },
    leadership: {
      styles: ['directive'],
      text: 'Geef duidelijke kaders en neem zelf beslissingen over de werkwijze; leg uit waarom.',
    },
    intervention: {
      levels: ['procedure', 'existence'],
      text: 'Vooral procedure en bestaan: structuur bieden en zorgen dat iedereen zich welkom en gezien voelt.',
      examples: {
        content: 'Formuleer samen het doel van de groep en maak de leervragen zichtbaar.',
        procedure: 'Geef een duidelijke agenda met begin- en eindtijd en stel werkafspraken voor.',
        interaction: 'Laat mensen in tweetallen kennismaken, zodat iedereen aan het woord komt.',
        existence: 'Heet ieder persoonlijk welkom en benoem wat ieder komt brengen.',
        context: 'Vertel wie de opdrachtgever is en wat er met de resultaten gebeurt.',
      },
    },
  },
  control: {
    meaning: {
      text: 'Je zoekt je plek en je invloed. Je toetst de begeleider en de anderen, zegt vaker wat je ergens van vindt en botst soms. Daarna groeit de verbondenheid en ontstaan eigen normen.',
    },
    role: {
      text: 'Stabiele kern: blijft rustig bij weerstand, benoemt wat er gebeurt, maakt normen, rollen en besluitvorming expliciet en geeft stap voor stap verantwoordelijkheid aan de groep.',
    },
    leadership: {
      styles: ['persuading'],
      text: 'Je stuurt nog, maar legt uit, luistert naar bezwaren en betrekt de groep bij keuzes.',
    },
    intervention: {
      levels: ['interaction', 'procedure'],
      text: 'Vooral interactie en procedure: bespreekbaar maken wat er tussen mensen gebeurt, en rollen en regels samen vastleggen.',
      examples: {
        content: 'Laat verschillende visies naast elkaar staan en vat samen waar men het over eens is.',
        procedure: 'Maak rollen (voorzitter, notulist, tijdbewaker) en de manier van besluiten expliciet.',
        interaction: 'Benoem spanning of subgroepjes zonder schuldvraag en vraag de groep om te reageren.',
        existence: 'Geef ruimte aan ongenoegen; erken dat twijfel over de eigen plek erbij hoort.',
        context: 'Bespreek de belangen en verwachtingen van de organisaties en de buurt achter de deelnemers.',
      },
    },
  },
  autonomy: {
    meaning: {
      text: 'Je voelt je thuis in de groep en neemt verantwoordelijkheid. Je durft te verschillen, geeft en vraagt feedback en werkt zelfstandig aan het gezamenlijke doel.',
    },
    role: {
      text: 'Coach op afstand: laat de groep en de kartrekkers het werk doen, faciliteert, brengt nieuwe kennis in, bewaakt dat leren geen vergaderen wordt en stimuleert reflectie.',
    },
    leadership: {
      styles: ['participating', 'delegating'],
      text: 'Participerend, later delegerend: de groep beslist zelf; jij denkt mee en draagt taken en het voorzitterschap over.',
    },
    intervention: {
      levels: ['content', 'context'],
      text: 'Vooral inhoud en context: verdieping en nieuwe kennis, en verbinding met organisaties en buurt.',
      examples: {
        content: 'Nodig een gastspreker uit of breng een onderzoek of methode in ter verdieping.',
        procedure: 'Laat de kartrekker of een deelnemer voorzitten; jij bewaakt op afstand.',
        interaction: 'Moedig aan dat deelnemers elkaar feedback geven en elkaar aanspreken.',
        existence: 'Vier tussentijdse successen en benoem wat ieder bijdraagt.',
        context: 'Koppel resultaten terug naar de klankbordgroep en de organisaties van de deelnemers.',
      },
    },
  },
  closing: {
    meaning: {
      text: 'Het einde komt in zicht. Je bent trots op wat er ligt, voelt misschien ook verlies of onvrede, en vraagt je af hoe het verdergaat als de groep stopt.',
    },
    role: {
      text: 'Afronder: leidt de evaluatie, helpt resultaten vast te leggen en over te dragen, geeft ruimte aan afscheid en regelt de borging.',
    },
    leadership: {
      styles: ['participating', 'directive'],
      text: 'Besluit samen over borging en vervolg, maar neem zelf de regie over een zorgvuldig einde.',
    },
    intervention: {
      levels: ['existence', 'content', 'context'],
      text: 'Vooral bestaan, inhoud en context: afscheid nemen, resultaten vastleggen en borgen bij de opdrachtgever.',
      examples: {
        content: 'Zet de resultaten op een rij en leg vast wat er geleerd is.',
        procedure: 'Plan een evaluatiebijeenkomst en spreek af hoe resultaten worden overgedragen.',
        interaction: 'Laat deelnemers elkaar vertellen wat de samenwerking hun heeft gebracht.',
        existence: 'Geef ruimte aan afscheid, trots en teleurstelling; bedank ieder persoonlijk.',
        context: 'Regel de borging met opdrachtgever en stuurgroep: wie neemt wat over?',
      },
    },
  },
}

const EN: Record<GroupPhase, PhaseSpec> = {
  pre: {
    meaning: {
      text: 'You are not sure yet whether to join and what it will bring you. You wonder who else will come, how much time it takes and whether your input will matter.',
    },
    role: {
      text: 'Pathfinder: explores the need, holds orientation interviews, invites people and arranges the conditions (time, place, allowance, mandate). Makes the purpose clear before the group exists.',
    },
    leadership: {
      styles: ['directive'],
      text: 'You take the initiative and set the frame; participants have nothing to fall back on yet.',
    },
    intervention: {
      levels: ['context', 'procedure'],
      text: 'Mainly context and procedure: secure support and mandate, and make clear how the work will be done.',
      examples: {
        content: 'Collect themes and learning questions from practice in orientation interviews.',
        procedure: 'Decide how often, where and how long you will meet; send an invitation with purpose and programme.',
        interaction: 'Call hesitant people yourself and ask what they need to take part.',
        existence: 'Ask in a short conversation what someone personally wants to get and give.',
        context: 'Secure support from the commissioner and managers; arrange time and an expense allowance.',
      },
    },
  },
  orientation: {
    meaning: {
      text: 'You look for safety and clarity: what is this for, what is expected of me, do I belong? You are polite, keep your opinion to yourself for now and look to the facilitator.',
    },
    role: {
      text: 'Host and provider of structure: offers a clear purpose, programme and proposed ground rules, makes sure people get to know each other and is visible and easy to reach.',
    },
    leadership: {
      styles: ['directive'],
      text: 'Set clear frames and decide on the way of working yourself; explain why.',
    },
    intervention: {
      levels: ['procedure', 'existence'],
      text: 'Mainly procedure and existence: offer structure and make sure everyone feels welcome and seen.',
      examples: {
        content: 'Formulate the group’s purpose together and make the learning questions visible.',
        procedure: 'Give a clear agenda with start and end times and propose ground rules.',
        interaction: 'Let people get acquainted in pairs, so everyone gets to speak.',
        existence: 'Welcome everyone personally and name what each person brings.',
        context: 'Explain who the commissioner is and what happens with the results.',
      },
    },
  },
  control: {
    meaning: {
      text: 'You look for your place and your influence. You test the facilitator and the others, say more often what you think and sometimes clash. Then the bond grows and the group forms its own norms.',
    },
    role: {
      text: 'Steady centre: stays calm under resistance, names what is happening, makes norms, roles and decision-making explicit and hands responsibility to the group step by step.',
    },
    leadership: {
      styles: ['persuading'],
      text: 'You still steer, but explain, listen to objections and involve the group in choices.',
    },
    intervention: {
      levels: ['interaction', 'procedure'],
      text: 'Mainly interaction and procedure: make what happens between people discussable, and agree roles and rules together.',
      examples: {
        content: 'Let different views stand side by side and summarise what people agree on.',
        procedure: 'Make roles (chair, minutes, timekeeper) and the way of deciding explicit.',
        interaction: 'Name tension or subgroups without blame and ask the group to respond.',
        existence: 'Make room for discontent; acknowledge that doubt about one’s place is part of it.',
        context: 'Discuss the interests and expectations of the organisations and neighbourhood behind the participants.',
      },
    },
  },
  autonomy: {
    meaning: {
      text: 'You feel at home in the group and take responsibility. You dare to differ, give and ask for feedback and work independently on the shared goal.',
    },
    role: {
      text: 'Coach at a distance: lets the group and the leads do the work, facilitates, brings in new knowledge, guards that learning does not turn into meeting, and encourages reflection.',
    },
    leadership: {
      styles: ['participating', 'delegating'],
      text: 'Participating, later delegating: the group decides; you think along and hand over tasks and the chair.',
    },
    intervention: {
      levels: ['content', 'context'],
      text: 'Mainly content and context: deepening and new knowledge, and links with organisations and the neighbourhood.',
      examples: {
        content: 'Invite a guest speaker or bring in research or a method to go deeper.',
        procedure: 'Let the lead or a participant chair; you watch from a distance.',
        interaction: 'Encourage participants to give each other feedback and hold each other to account.',
        existence: 'Celebrate intermediate successes and name what each person contributes.',
        context: 'Report results back to the sounding board and the participants’ organisations.',
      },
    },
  },
  closing: {
    meaning: {
      text: 'The end is in sight. You are proud of what has been achieved, may also feel loss or dissatisfaction, and wonder what happens when the group stops.',
    },
    role: {
      text: 'Closer: leads the evaluation, helps record and hand over results, makes room for saying goodbye and arranges continuity.',
    },
    leadership: {
      styles: ['participating', 'directive'],
      text: 'Decide together on continuity and next steps, but take charge of a careful ending yourself.',
    },
    intervention: {
      levels: ['existence', 'content', 'context'],
      text: 'Mainly existence, content and context: say goodbye, record results and secure them with the commissioner.',
      examples: {
        content: 'List the results and record what has been learned.',
        procedure: 'Plan an evaluation meeting and agree how results will be handed over.',
        interaction: 'Let participants tell each other what the collaboration brought them.',
        existence: 'Make room for farewell, pride and disappointment; thank everyone personally.',
        context: 'Arrange continuity with the commissioner and steering group: who takes over what?',
      },
    },
  },
}

const SOURCES: Record<IpgLanguage, Record<GroupPhase, PhaseSpec>> = { nl: NL, en: EN }

const cell = (spec: CellSpec): MatrixCell => ({
  text: spec.text,
  styles: spec.styles ?? [],
  levels: spec.levels ?? [],
  examples: spec.examples ?? {},
})

/** The default matrix in the given language; a fresh object on every call. */
export function defaultMatrix(language: IpgLanguage = 'nl'): Matrix {
  const source = SOURCES[language]
  const build = (phase: GroupPhase): Record<MatrixRow, MatrixCell> => ({
    meaning: cell(source[phase].meaning),
    role: cell(source[phase].role),
    leadership: cell(source[phase].leadership),
    intervention: cell(source[phase].intervention),
  })
  return {
    pre: build('pre'),
    orientation: build('orientation'),
    control: build('control'),
    autonomy: build('autonomy'),
    closing: build('closing'),
  }
}
