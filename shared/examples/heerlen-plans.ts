/**
 * The plans of approach and the closing evaluation of the Heerlen example (seeds: STAND-BY!
 * articles): per work group a plan with objective, actions and action-research cycles; the
 * evaluation's quotes in three categories (the quotes of the article), results, challenges and
 * the success-factor checks. Facts come from the seeds; names are the example's invented ones
 * and never appear in free text (so an anonymised report of the example has no name at all).
 *
 * Versions are made with the app's own rule (adoptPlan): burgerinitiatieven was adopted once
 * and changed since (a concept again), preventie was adopted twice, the SBT plan's second
 * version is the current one (vastgesteld).
 */
import { actionsOfGroup, adoptPlan } from '../logic/plans'
import type { Action, ActionResearchCycle, Evaluation, Meeting, Plan, Quote, QuoteCategory, SuccessFactorCheck } from '../model'
import { emptyEvaluation } from '../model'

const WG1 = 'wg-01'
const WG2 = 'wg-02'
const WG3 = 'wg-03'

export interface PlanWork {
  plans: Plan[]
  evaluation: Evaluation
}

function planAction(id: string, workGroupId: string, what: string, ownerId: string | null, deadline: string | null, status: Action['status'], createdAt: string, doneOn: string | null = null): Action {
  return { id, what, ownerId, deadline, status, meetingId: null, agendaItemId: null, workGroupId, createdAt, doneOn, notes: '' }
}

/** The actions of the three plans (shared actions with a workGroupId, not tied to a meeting). */
export function buildHeerlenPlanActions(): Action[] {
  return [
    planAction('pa-1-01', WG1, 'Interviewleidraad voor initiatiefnemers en vrijwilligers opstellen', 'p-02', '2019-01-30', 'done', '2019-01-09T21:00:00+01:00', '2019-01-28'),
    planAction('pa-1-02', WG1, 'Studenten ergotherapie instrueren over onderzoeksaanpak en werkwijze', 'p-02', '2019-02-13', 'done', '2019-01-09T21:01:00+01:00', '2019-02-12'),
    planAction('pa-1-03', WG1, 'Gezamenlijke analyse van de interviews in een werksessie', 'p-04', '2019-04-17', 'done', '2019-01-09T21:02:00+01:00', '2019-04-17'),
    planAction('pa-1-04', WG1, 'Advies en verbeterplan schrijven voor STAND-BY! en de gemeente', 'p-28', '2019-06-26', 'done', '2019-04-17T21:00:00+02:00', '2019-07-01'),
    planAction('pa-1-05', WG1, 'Advies bespreken met de stuurgroep', 'p-04', '2019-09-18', 'inProgress', '2019-07-01T12:00:00+02:00'),
    planAction('pa-2-01', WG2, 'Knelpunten bij de overgang 18-min/18-plus in kaart brengen met jongerenconsulenten', 'p-13', '2019-02-27', 'done', '2019-01-16T21:00:00+01:00', '2019-02-25'),
    planAction('pa-2-02', WG2, 'Checklist en de app Kwikstart testen met drie jongeren en hun ouders', 'p-21', '2019-04-10', 'done', '2019-01-16T21:01:00+01:00', '2019-04-08'),
    planAction('pa-2-03', WG2, 'Advies 18-min/18-plus schrijven: warme overdracht en pilot-steunpunt', 'p-13', '2019-06-05', 'done', '2019-03-27T21:00:00+01:00', '2019-06-11'),
    planAction('pa-2-04', WG2, 'Contouren training vroegsignalering eenzaamheid voor vrijwilligers en sleutelfiguren', 'p-06', '2019-04-24', 'done', '2019-02-20T21:00:00+01:00', '2019-04-24'),
    planAction('pa-2-05', WG2, 'Tien vrijwilligers trainen en begeleiden bij huisbezoeken aan 75-plussers', 'p-10', '2019-10-30', 'inProgress', '2019-06-05T21:00:00+02:00'),
    planAction('pa-3-01', WG3, 'QuickScan interprofessionele samenwerking afnemen in vier SBT’s', 'p-11', '2019-02-28', 'done', '2019-01-09T21:00:00+01:00', '2019-03-04'),
    planAction('pa-3-02', WG3, 'Overleggen van twee SBT’s observeren (agenda, voorbereiding, rolverdeling)', 'p-14', '2019-03-15', 'done', '2019-01-09T21:01:00+01:00', '2019-03-14'),
    planAction('pa-3-03', WG3, 'Toolbox voor het teamoverleg samenstellen: agenda, rollen, reflectievragen', 'p-16', '2019-06-30', 'done', '2019-03-27T21:00:00+01:00', '2019-06-28'),
    planAction('pa-3-04', WG3, 'Advies aan het management: een vaste voorzitter per SBT en reflectiemomenten', 'p-27', '2019-09-30', 'done', '2019-06-05T21:00:00+02:00', '2019-09-25'),
  ]
}

const step = (text: string, date: string | null) => ({ text, date })
const cycle = (id: string, title: string, steps: [ActionResearchCycle['try'], ActionResearchCycle['saw'], ActionResearchCycle['learnt'], ActionResearchCycle['implement']]): ActionResearchCycle => ({
  id,
  title,
  try: steps[0],
  saw: steps[1],
  learnt: steps[2],
  implement: steps[3],
})

function planBurgerinitiatieven(): Plan {
  return {
    id: 'plan-wg-01',
    workGroupId: WG1,
    background:
      'Bij een ondersteuningsvraag wordt eerst gekeken naar het voorliggend veld: burger- en buurtinitiatieven die vaak door vrijwilligers worden gedragen. ' +
      'In de oriënterende gesprekken vertelden initiatiefnemers dat ze zich weinig gezien voelen en niet weten waar ze terechtkunnen voor ruimte, geld of deskundigheid.',
    objective:
      'Weten wat burgerinitiatieven in Heerlerheide nodig hebben aan erkenning, waardering, facilitering en ondersteuning, en dat vertalen naar een concreet advies en verbeterplan voor STAND-BY! en de gemeente.',
    learningQuestions: [
      { id: 'plan-wg-01-lq-1', text: 'Hoe kunnen we burgerinitiatieven in Heerlerheide beter erkennen en waarderen?' },
      { id: 'plan-wg-01-lq-2', text: 'Welke ondersteuning en facilitering hebben initiatiefnemers en vrijwilligers nodig, en van wie?' },
      { id: 'plan-wg-01-lq-3', text: 'Hoe werken initiatieven en beroepskrachten van het sociaal buurtteam beter samen?' },
    ],
    intendedResults:
      '- Interviews met initiatiefnemers en vrijwilligers van meer dan dertig initiatieven, samen met studenten ergotherapie.\n' +
      '- Een sociale kaart van de initiatieven in Heerlerheide.\n' +
      '- Een advies met verbeterplan.\n' +
      '- Een bijeenkomst voor vrijwilligers van initiatieven uit enkele buurten: elkaar leren kennen, kennis en ervaring uitwisselen, deskundigheidsbevordering.',
    cycles: [
      cycle('cy-1-1', 'Interviews door studenten', [
        step('Studenten ergotherapie (module wijkgericht werken) interviewen initiatiefnemers, gekoppeld aan opbouwwerkers van STAND-BY!.', '2019-02-13'),
        step('Meer dan dertig initiatieven benaderd; vooral kleine initiatieven waren blij dat iemand kwam luisteren.', '2019-03-20'),
        step('Een vaste contactpersoon in het SBT is voor initiatieven belangrijker dan een subsidieregeling.', '2019-04-17'),
        step('Elk SBT in Heerlerheide krijgt een vaste contactpersoon voor burgerinitiatieven.', '2019-09-01'),
      ]),
      cycle('cy-1-2', 'Vrijwilligersbijeenkomst', [
        step('Een eerste bijeenkomst voor vrijwilligers van initiatieven uit drie buurten.', '2019-10-09'),
        step('', null),
        step('', null),
        step('', null),
      ]),
    ],
    involvedParticipantIds: ['p-04', 'p-05', 'p-02', 'p-15', 'p-18', 'p-22', 'p-24', 'p-28'],
    stakeholderIds: ['s-03', 's-05', 's-07'],
    otherStakeholders: 'Initiatiefnemers en vrijwilligers van de burgerinitiatieven in Heerlerheide; Alcander (opbouwwerk).',
    milestones: [
      { id: 'ms-1-1', date: '2019-01-09', title: 'Plan van aanpak besproken in de plenaire bijeenkomst', done: true },
      { id: 'ms-1-2', date: '2019-03-20', title: 'Interviews afgerond', done: true },
      { id: 'ms-1-3', date: '2019-07-01', title: 'Advies en verbeterplan opgeleverd', done: true },
      { id: 'ms-1-4', date: '2019-10-09', title: 'Vrijwilligersbijeenkomst gehouden', done: false },
    ],
    evaluationApproach:
      'Na de interviews en na de vrijwilligersbijeenkomst bespreekt de werkgroep wat werkte. In de afsluitende evaluatie vragen we initiatiefnemers of ze zich beter gezien en ondersteund voelen.',
    status: 'draft',
    versions: [],
  }
}

function planPreventie(): Plan {
  return {
    id: 'plan-wg-02',
    workGroupId: WG2,
    background:
      'Het SBT komt vaak pas in beeld als problemen groot zijn geworden. Eerder signaleren kan veel voorkomen: bij jongeren die 18 worden (financiën, huisvesting, verzekeringen) ' +
      'en bij eenzaamheid, een belangrijk thema in Heerlen, dat tot de zestien gemeenten met het hoogste percentage eenzamen behoort.',
    objective:
      'Preventie en vroegsignalering concreet maken langs twee sporen: een warme overdracht bij de overgang van 18-min naar 18-plus, en vrijwilligers en sleutelfiguren toerusten om eenzaamheid vroeg te signaleren.',
    learningQuestions: [
      { id: 'plan-wg-02-lq-1', text: 'Hoe kunnen sociale buurtteams invulling geven aan preventie en vroegsignalering?' },
      { id: 'plan-wg-02-lq-2', text: 'Hoe zorgen we voor een warme overdracht als een kwetsbare jongere 18 wordt?' },
      { id: 'plan-wg-02-lq-3', text: 'Welke rol kunnen vrijwilligers en sleutelfiguren spelen bij het vroeg signaleren van eenzaamheid?' },
    ],
    intendedResults:
      '- Een advies over de overgang 18-min/18-plus: bewustwording, een melding aan de begeleider als een jongere 18 wordt, de checklist en de app Kwikstart, een pilot-steunpunt.\n' +
      '- Een training en informatiebijeenkomst over eenzaamheid voor vrijwilligers en sleutelfiguren, met Alcander en Zuyd Hogeschool.',
    cycles: [
      cycle('cy-2-1', 'Checklist en Kwikstart bij drie jongeren', [
        step('Jongerenconsulenten introduceren de checklist en de app Kwikstart bij drie jongeren die binnen een half jaar 18 worden.', '2019-02-27'),
        step('Jongeren en ouders vonden de checklist duidelijk; begeleiders wisten zelf niet alle regels.', '2019-04-08'),
        step('Een melding vanuit het systeem als iemand 18 wordt, is nodig: nu hangt het af van de begeleider.', '2019-04-24'),
        step('Opgenomen in het advies: melding, checklist en Kwikstart als onderdeel van de werkopdracht.', '2019-06-11'),
      ]),
      cycle('cy-2-2', 'Training vroegsignalering eenzaamheid', [
        step('Een eerste training voor vrijwilligers en sleutelfiguren: dimensies van eenzaamheid, signalen en wat je kunt doen.', '2019-05-15'),
        step('Deelnemers wilden meer oefenen met het gesprek aan de deur en weten bij wie ze terechtkunnen.', '2019-05-29'),
        step('Een vaste contactpersoon in het SBT en oefengesprekken maken de training bruikbaar.', '2019-06-05'),
        step('De training is doorontwikkeld met Alcander en Zuyd en wordt op meer plaatsen gegeven.', '2019-09-04'),
      ]),
    ],
    involvedParticipantIds: ['p-13', 'p-06', 'p-10', 'p-17', 'p-21', 'p-26', 'p-03'],
    stakeholderIds: ['s-05', 's-06', 's-08'],
    otherStakeholders: 'Alcander (welzijn), het budgetteam van STAND-BY!, jongerenconsulenten van de gemeente.',
    milestones: [
      { id: 'ms-2-1', date: '2019-01-16', title: 'Plan van aanpak vastgesteld', done: true },
      { id: 'ms-2-2', date: '2019-06-11', title: 'Advies 18-min/18-plus aan de gemeente', done: true },
      { id: 'ms-2-3', date: '2019-09-04', title: 'Training eenzaamheid doorontwikkeld', done: true },
      { id: 'ms-2-4', date: '2019-11-30', title: 'Eerste ronde huisbezoeken 75-plussers', done: false },
    ],
    evaluationApproach:
      'Per spoor een korte evaluatie na de proef (jongeren en ouders, vrijwilligers na de training). De werkgroep bespreekt de uitkomsten in de plenaire bijeenkomst en past het advies aan.',
    status: 'draft',
    versions: [],
  }
}

function planSbt(): Plan {
  return {
    id: 'plan-wg-03',
    workGroupId: WG3,
    background:
      'In de veertien sociale buurtteams werken wijkverpleegkundige, maatschappelijk werk, ambulant begeleider en Wmo- en jeugdconsulent samen. ' +
      'De visie op de integrale meerwaarde is niet overal helder, en het overleg mist vaak een agenda, voorbereiding, rolverdeling en een voorzitter.',
    objective:
      'Het teamoverleg en het casuïstiekoverleg van de SBT’s zo inrichten dat het diepgang heeft, tot afspraken leidt en dat er periodiek wordt gereflecteerd op de samenwerking.',
    learningQuestions: [
      { id: 'plan-wg-03-lq-1', text: 'Wat is de integrale meerwaarde van het sociaal buurtteam, en hoe maken we die zichtbaar?' },
      { id: 'plan-wg-03-lq-2', text: 'Hoe richten we het teamoverleg en het casuïstiekoverleg zo in dat het diepgang heeft en tot afspraken leidt?' },
    ],
    intendedResults: '- Een toolbox voor het teamoverleg (agenda, rollen, reflectievragen) die SBT’s aan hun eigen context aanpassen.\n- Een advies aan het management van STAND-BY!.',
    cycles: [
      cycle('cy-3-1', 'QuickScan en observaties', [
        step('De QuickScan interprofessionele samenwerking in vier SBT’s en observaties van twee overleggen.', '2019-02-28'),
        step('Geen vaste agenda, wisselende voorzitters, weinig voorbereiding; er wordt zelden op de samenwerking gereflecteerd.', '2019-03-15'),
        step('Structuur in het overleg is een voorwaarde voor diepgang in de casuïstiek.', '2019-03-27'),
        step('Een toolbox met agenda, rolverdeling en reflectievragen.', '2019-06-28'),
      ]),
      cycle('cy-3-2', 'Vaste voorzitter in twee SBT’s', [
        step('Twee SBT’s werken drie maanden met een vaste voorzitter die ook het groepsproces bewaakt.', '2019-06-03'),
        step('Overleggen zijn korter en eindigen met afspraken; voorzitters vragen om ondersteuning.', '2019-09-02'),
        step('De voorzittersrol werkt als hij ondersteund wordt.', '2019-09-18'),
        step('Advies aan het management: een vaste voorzitter per SBT, met ondersteuning, en geborgde reflectiemomenten.', '2019-09-25'),
      ]),
    ],
    involvedParticipantIds: ['p-11', 'p-14', 'p-16', 'p-27', 'p-25', 'p-07', 'p-01'],
    stakeholderIds: ['s-03', 's-09'],
    otherStakeholders: 'De teamleiders en leden van de veertien sociale buurtteams.',
    milestones: [
      { id: 'ms-3-1', date: '2019-03-15', title: 'QuickScan en observaties afgerond', done: true },
      { id: 'ms-3-2', date: '2019-06-28', title: 'Toolbox klaar', done: true },
      { id: 'ms-3-3', date: '2019-09-30', title: 'Advies aan het management', done: true },
    ],
    evaluationApproach: 'Na drie maanden proef met een vaste voorzitter nemen de twee SBT’s de QuickScan opnieuw af; de verschillen bespreken we met het management.',
    status: 'draft',
    versions: [],
  }
}

/** The group's actions as they stood on a date: actions made later left out, later status changes undone. */
function actionsOn(actions: readonly Action[], date: string): Action[] {
  return actions
    .filter((a) => (a.createdAt ?? '').slice(0, 10) <= date)
    .map((a) => (a.status === 'done' && a.doneOn !== null && a.doneOn > date ? { ...a, status: 'open' as const, doneOn: null } : a))
}

function plansWithVersions(actions: readonly Action[], meetings: readonly Pick<Meeting, 'id' | 'workGroupId'>[]): Plan[] {
  const groupActions = (id: string) => actionsOfGroup(actions, id, meetings)

  // Burgerinitiatieven: adopted in January with a shorter objective; changed since (concept).
  const wg1 = planBurgerinitiatieven()
  const wg1v1 = adoptPlan(
    { ...wg1, objective: 'Weten wat burgerinitiatieven in Heerlerheide nodig hebben aan erkenning en ondersteuning.', cycles: wg1.cycles.slice(0, 1), milestones: wg1.milestones.slice(0, 3) },
    actionsOn(groupActions(WG1), '2019-01-16'),
    { versionId: 'v-wg-01-1', adoptedAt: '2019-01-16T21:30:00+01:00', note: 'Vastgesteld in de plenaire bijeenkomst van 16 januari 2019.' },
  )
  const burgerinitiatieven: Plan = { ...wg1, status: 'draft', versions: wg1v1.versions }

  // Preventie: adopted in January (one spoor), and again in March after the split into two sporen.
  const wg2 = planPreventie()
  const wg2v1 = adoptPlan(
    { ...wg2, objective: 'Preventie en vroegsignalering concreet maken bij de overgang van 18-min naar 18-plus.', learningQuestions: wg2.learningQuestions.slice(0, 2), cycles: wg2.cycles.slice(0, 1) },
    actionsOn(groupActions(WG2), '2019-01-16'),
    { versionId: 'v-wg-02-1', adoptedAt: '2019-01-16T21:30:00+01:00', note: 'Vastgesteld in de plenaire bijeenkomst van 16 januari 2019.' },
  )
  const wg2v2 = adoptPlan({ ...wg2, versions: wg2v1.versions }, actionsOn(groupActions(WG2), '2019-03-27'), {
    versionId: 'v-wg-02-2',
    adoptedAt: '2019-03-27T21:30:00+01:00',
    note: 'Tweede spoor toegevoegd: vroegsignalering van eenzaamheid.',
  })
  const preventie: Plan = { ...wg2, status: 'draft', versions: wg2v2.versions }

  // SBT: adopted in January; version 2 at the end is the plan as it is now (vastgesteld).
  const wg3 = planSbt()
  const wg3v1 = adoptPlan({ ...wg3, cycles: wg3.cycles.slice(0, 1) }, actionsOn(groupActions(WG3), '2019-01-16'), {
    versionId: 'v-wg-03-1',
    adoptedAt: '2019-01-16T21:30:00+01:00',
    note: 'Vastgesteld in de plenaire bijeenkomst van 16 januari 2019.',
  })
  const sbt = adoptPlan({ ...wg3, versions: wg3v1.versions }, groupActions(WG3), {
    versionId: 'v-wg-03-2',
    adoptedAt: '2019-10-23T21:30:00+02:00',
    note: 'Bijgewerkt na de proef met een vaste voorzitter.',
  })
  return [burgerinitiatieven, preventie, sbt]
}

// Quotes from the article's evaluation (seed 000), with who said them where the example knows.
const QUOTES: [QuoteCategory, string, string | null][] = [
  ['learningYield', 'Veel van geleerd, ik heb andere beelden gekregen.', 'p-10'],
  ['learningYield', 'Ondanks dat ik 75 ben, leerde ik elke keer opnieuw.', 'p-07'],
  ['learningYield', 'Het heeft een meerwaarde om samen te werken met studenten.', 'p-15'],
  ['learningYield', 'Het is een winst om samen dingen te mogen ontwikkelen.', null],
  ['learningYield', 'Ik heb als jonge professional ontzettend veel geleerd van de mensen die al jaren in het vak zitten.', 'p-17'],
  ['learningYield', 'De groep en deelname heeft me toegerust om in het buurtteam stappen te zetten.', 'p-14'],
  ['learningYield', 'Belang van de burger/cliënt stond door deelname van burgers centraal.', 'p-11'],
  ['learningYield', 'Het was zowel praktisch als theoretisch.', null],
  ['learningYield', 'Overwinning voor mezelf.', 'p-05'],
  ['learningYield', 'Dit was goed voor de ontwikkeling van het gebied.', 'p-25'],
  ['learningYield', 'Met veel plezier gedaan.', null],
  ['structure', 'Er was veel structuur, we hebben concrete stappen gezet.', 'p-13'],
  ['structure', 'Pragmatisch en doelgericht.', 'p-27'],
  ['structure', 'Resultaatgericht.', null],
  ['structure', 'Procesbegeleiding was goed.', 'p-04'],
  ['structure', 'Proces werd aan de gang gehouden.', null],
  ['groupDynamics', 'Ik voelde me erg thuis in de groep.', 'p-06'],
  ['groupDynamics', 'Er was altijd veel begrip voor elkaar.', null],
  ['groupDynamics', 'Leuke samenwerking en het samenspel tussen bewoners, vrijwilligers en beroepskrachten.', 'p-16'],
  ['groupDynamics', 'Prettige werkgroep, open en eerlijke sfeer.', 'p-24'],
  ['groupDynamics', 'Er was een prettige sfeer en ik heb altijd mijn mening kunnen geven.', 'p-28'],
]

const CHECKS: [string, SuccessFactorCheck['status'], string][] = [
  ['sf1.1', 'ok', '22 oriënterende gesprekken en observaties van overleggen: 23 thema’s.'],
  ['sf1.2', 'ok', 'Uitvoerders, management van STAND-BY! en de gemeente waren vanaf de start betrokken.'],
  ['sf1.3', 'ok', ''],
  ['sf2.1', 'ok', 'Deelname telde mee als werktijd bij de deelnemende organisaties.'],
  ['sf2.2', 'ok', 'Buurtbewoners kregen een onkostenvergoeding.'],
  ['sf2.3', 'attention', 'De communicatie en afstemming met de klankbordgroep kan beter: deelnemers noemden dit als verbeterpunt.'],
  ['sf2.4', 'ok', ''],
  ['sf3.1', 'ok', 'Technisch voorzitter van de plenaire bijeenkomsten.'],
  ['sf3.2', 'ok', ''],
  ['sf3.3', 'ok', ''],
  ['sf3.4', 'ok', ''],
  ['sf3.5', 'ok', ''],
  ['sf3.6', 'ok', ''],
  ['sf3.7', 'ok', ''],
  ['sf3.8', 'ok', 'Docent-onderzoeker.'],
  ['sf3.9', 'ok', ''],
  ['sf4.1', 'ok', ''],
  ['sf4.2', 'ok', ''],
  ['sf4.3', 'ok', 'Elke werkgroep had binnen drie maanden een vastgesteld plan van aanpak.'],
  ['sf4.4', 'attention', 'Resultaten verschenen in Wmo Magazine; binnen STAND-BY! zelf zijn ze nog weinig bekend.'],
  ['sf4.5', 'attention', 'Het mandaat van de leergemeenschap tegenover het management was niet vastgelegd.'],
  ['sf4.6', 'ok', ''],
  ['sf5.1', 'ok', 'Speeddatesessie bij de aftrap; wisselende locaties in de buurt.'],
  ['sf5.2', 'ok', ''],
  ['sf5.3', 'ok', 'Twee reflecties op het groepsproces, in april en oktober 2019.'],
  ['sf6.1', 'ok', ''],
  ['sf6.2', 'attention', 'De context van de deelnemende organisaties is pas laat in beeld gebracht.'],
  ['sf6.3', 'notApplicable', ''],
  ['sf7.1', 'ok', 'De werkgroepen werkten aan de leervragen uit de gesprekken.'],
  ['sf7.2', 'ok', 'Thema’s gekozen op urgentie, haalbaarheid, veranderbaarheid en affiniteit.'],
]

function buildEvaluation(): Evaluation {
  const quotes: Quote[] = QUOTES.map(([category, text, participantId], index) => ({ id: `q-${String(index + 1).padStart(2, '0')}`, text, participantId, category }))
  return {
    ...emptyEvaluation(),
    date: '2019-12-11',
    introduction:
      'Tijdens de afsluitende evaluatiebijeenkomst kreeg elke deelnemer de ruimte om persoonlijke ervaringen te delen. Centraal stonden drie vragen: ' +
      'hoe heb je het traject ervaren, wat heeft deelname je persoonlijk en professioneel gebracht, en wat was de meerwaarde van de leergemeenschap?',
    quotes,
    overallResults:
      'Als hoogtepunt noemden de deelnemers de onderlinge samenwerking, de verbinding en het samenspel tussen burgers, beroepskrachten en studenten. ' +
      'Op de eindresultaten en het ontwikkelde materiaal is men trots. Als succesfactoren werden genoemd: de goede samenwerking, de relevantie van de thematiek, ' +
      'de praktische toepasbaarheid en het rendement voor de praktijk, de kartrekkersrol en de procesbegeleiding.',
    workGroupResults: [
      {
        workGroupId: WG1,
        text:
          'Samen met studenten ergotherapie zijn in Heerlerheide meer dan dertig initiatieven benaderd en geïnterviewd. Een gezamenlijke analyse leverde concrete inzichten en ' +
          'verbeterpunten op; daarop volgde een advies met verbeterplan. Een eerste bijeenkomst voor vrijwilligers van initiatieven uit enkele buurten is in voorbereiding.',
      },
      {
        workGroupId: WG2,
        text:
          'Een advies over de overgang van 18-min naar 18-plus: meer bewustwording, een warme overdracht, een melding aan de begeleider als een jongere 18 wordt, de checklist en de app Kwikstart, ' +
          'en een pilot-steunpunt. Daarnaast een training over vroegsignalering van eenzaamheid, met Alcander en Zuyd doorontwikkeld; tien vrijwilligers gaan huisbezoeken doen bij 75-plussers.',
      },
      {
        workGroupId: WG3,
        text:
          'Interviews, observaties en de QuickScan lieten ontwikkelpunten zien: onduidelijkheid over de integrale meerwaarde en weinig structuur in het overleg. ' +
          'De werkgroep ontwikkelde een toolbox en adviseerde het management: een vaste voorzitter per SBT die ook groepsprocessen en cliëntgerichtheid bewaakt, en geborgde reflectiemomenten.',
      },
    ],
    challenges: [
      { id: 'ch-1', kind: 'sustainability', text: 'Hoe zorgen we ervoor dat de ingezette positieve ontwikkeling en de waardevolle samenwerking in stand blijven na de leergemeenschap?' },
      { id: 'ch-2', kind: 'continuity', text: 'Hoe blijft een wisselende groep bij elkaar, nu beroepskrachten van baan wisselen en studenten na hun module vertrekken?' },
      { id: 'ch-3', kind: 'improvement', text: 'Communicatie en afstemming met de klankbordgroep.' },
    ],
    successFactorChecks: CHECKS.map(([pointId, status, remark]) => ({ pointId, status, remark })),
    conclusion:
      'De leergemeenschap Heerlen STAND-BY! was een succes, zowel persoonlijk en professioneel voor de deelnemers als voor de betrokken organisaties. ' +
      'Naast structuur, organisatie en procesbegeleiding bleek het ervaren eigenaarschap van de deelnemers van wezenlijk belang. Advies aan de opdrachtgever: ' +
      'borg de toolbox en de voorzittersrol in de SBT’s, en geef de werkgroepen een vervolg met een vaste contactpersoon bij STAND-BY!.',
  }
}

/** The plans (with versions made by the app's own rule) and the evaluation, given all actions and meetings of the example. */
export function buildHeerlenPlanWork(base: { actions: readonly Action[]; meetings: readonly Pick<Meeting, 'id' | 'workGroupId'>[] }): PlanWork {
  return { plans: plansWithVersions(base.actions, base.meetings), evaluation: buildEvaluation() }
}
