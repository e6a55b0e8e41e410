/**
 * Group development in the Heerlen example: how the community and its three work groups moved
 * through the phases, and the reflections the facilitator recorded. Built on what the seeds
 * tell: an informative kick-off with speed dates (5 September 2018), the first official meeting
 * on 3 October, prioritisation and work groups around the turn of the year, work groups acting
 * on their own in 2019 (students interviewing 30 initiatives; Preventie splitting into 18-min/
 * 18-plus and eenzaamheid), and a closing evaluation where borging was the main worry. The
 * seeds also found that teams rarely reflect on their collaboration: two groups never did here.
 * Fields are written in schema order, so the built project equals its parsed form.
 */
import type { GroupDevelopment, GroupPhase, PhaseObservation, Reflection } from '../model'

const observation = (
  id: string,
  date: string,
  workGroupId: string | null,
  phase: GroupPhase,
  signalIds: string[],
  note: string,
): PhaseObservation => ({ id, date, workGroupId, phase, signalIds, note })

const OWN_SIGNAL_JARGON = 'sig-own-jargon'

const OBSERVATIONS: PhaseObservation[] = [
  // The whole learning community
  observation('po-01', '2018-09-05', null, 'pre', ['sig-pre-1', 'sig-pre-3'],
    'Informatieve aftrap in ’t Heitje met speeddates. Veel vragen over de tijd die het kost en of bewoners een vergoeding krijgen.'),
  observation('po-02', '2018-10-03', null, 'orientation', ['sig-orientation-1', 'sig-orientation-2', 'sig-orientation-3'],
    'Eerste officiële bijeenkomst. Beleefd en afwachtend; iedereen kijkt naar mij. Veel vragen over wat er met de uitkomsten gebeurt.'),
  observation('po-03', '2018-11-07', null, 'orientation', ['sig-orientation-4', OWN_SIGNAL_JARGON],
    'Bewoners en beroepskrachten zitten nog apart. Bewoners vinden het jargon lastig; na de tweetallen komen ze meer aan het woord.'),
  observation('po-04', '2018-12-12', null, 'control', ['sig-control-1', 'sig-control-3'],
    'Bij het prioriteren discussie over wie er kiest en of de scores eerlijk zijn; twee beroepskrachten willen hun eigen thema erdoor krijgen.'),
  observation('po-05', '2019-01-16', null, 'control', ['sig-control-1', 'sig-control-4'],
    'Werkgroepen gevormd. Discussie over de rolverdeling en over mijn rol: ben ik voorzitter of begeleider?'),
  observation('po-06', '2019-03-27', null, 'autonomy', ['sig-autonomy-2', 'sig-autonomy-3', 'sig-autonomy-5'],
    'De kartrekkers presenteren zelf; bewoners voeren het woord. De groep begon op tijd terwijl ik nog koffie haalde.'),
  observation('po-07', '2019-11-27', null, 'closing', ['sig-closing-1', 'sig-closing-2', 'sig-closing-4'],
    'Voorbereiding van de evaluatie. Trots op de resultaten, maar de vraag hoe het verdergaat zonder leergemeenschap komt steeds terug.'),
  // Werkgroep Erkenning en facilitering van burgerinitiatieven
  observation('po-11', '2019-01-23', 'wg-01', 'orientation', ['sig-orientation-3'],
    'Eerste werkgroepbijeenkomst. De kartrekker, een buurtbewoner, neemt voorzichtig het voortouw; veel vragen over wat "erkenning" precies is.'),
  observation('po-12', '2019-02-20', 'wg-01', 'control', ['sig-control-1', 'sig-control-2'],
    'Onenigheid over de aanpak: zelf initiatieven bezoeken of studenten laten interviewen. De vrijwilligers en de beroepskrachten staan tegenover elkaar.'),
  observation('po-13', '2019-04-10', 'wg-01', 'autonomy', ['sig-autonomy-3', 'sig-autonomy-5'],
    'De werkgroep instrueert de studenten ergotherapie zelf; meer dan 30 initiatieven benaderd. Ik hoef weinig te sturen.'),
  observation('po-14', '2019-10-30', 'wg-01', 'closing', ['sig-closing-2', 'sig-closing-4'],
    'Advies en verbeterplan bijna klaar; de vrijwilligersbijeenkomst is gepland. Zorg: wie houdt het contact met de initiatieven warm?'),
  // Werkgroep Preventie en vroegsignalering
  observation('po-21', '2019-01-23', 'wg-02', 'orientation', ['sig-orientation-1', 'sig-orientation-5'],
    'Afwachtende start; het thema is breed en niemand durft te kiezen.'),
  observation('po-22', '2019-03-06', 'wg-02', 'control', ['sig-control-2', 'sig-control-3'],
    'Twee subgroepjes: de een wil de overgang 18-min/18-plus, de ander eenzaamheid. Stevige discussie; de kartrekker voelt zich klem zitten.'),
  observation('po-23', '2019-05-15', 'wg-02', 'autonomy', ['sig-autonomy-4', 'sig-autonomy-5'],
    'Besloten om in twee sporen te werken met één gezamenlijk overleg. De sporen werken zelfstandig en informeren elkaar.'),
  // Werkgroep Functioneren van de sociale buurtteams
  observation('po-31', '2019-01-30', 'wg-03', 'orientation', ['sig-orientation-2', 'sig-orientation-3'],
    'Beleefde start; de teamleider zit erbij en de anderen houden zich wat in.'),
  observation('po-32', '2019-04-17', 'wg-03', 'control', ['sig-control-3', 'sig-control-4'],
    'Discussie over de QuickScan: mag je collega’s zo "beoordelen"? Afspraken over vertrouwelijkheid ter discussie.'),
  observation('po-33', '2019-06-19', 'wg-03', 'autonomy', ['sig-autonomy-1', 'sig-autonomy-2'],
    'Na de reflectie van vandaag open gesprek over de eigen samenwerking; de werkgroep pakt de toolbox zelf op.'),
]

const REFLECTIONS: Reflection[] = [
  {
    id: 'rf-01',
    date: '2019-03-27',
    workGroupId: null,
    meetingId: 'mt-2019-03-27',
    levels: {
      content: 'De drie thema’s sluiten goed aan bij de praktijk; het thema SBT voelt voor bewoners nog ver weg.',
      procedure: 'De bijeenkomsten lopen uit; de agenda is te vol en er is geen tijdbewaker.',
      interaction: 'Sinds we in tweetallen beginnen, komen bewoners meer aan het woord.',
      existence: 'Een paar beroepskrachten twijfelen of ze de tijd kunnen blijven vrijmaken.',
      context: 'De klankbordgroep weet nog weinig van wat de werkgroepen doen.',
    },
    agreements: [
      { id: 'rf-01-a1', text: 'Elke bijeenkomst een vaste tijdbewaker, bij toerbeurt.' },
      { id: 'rf-01-a2', text: 'We beginnen elke bijeenkomst met een korte check-in.' },
      { id: 'rf-01-a3', text: 'De kartrekkers sturen de klankbordgroep na elke plenaire bijeenkomst een korte stand van zaken.' },
    ],
  },
  {
    id: 'rf-03',
    date: '2019-09-18',
    workGroupId: null,
    meetingId: 'mt-2019-09-18',
    levels: {
      content: 'De werkgroepen zitten in de afronding; de plenaire bijeenkomsten gaan vooral over delen van resultaten.',
      procedure: 'De vaste tijdbewaker werkt: we eindigen op tijd. De check-in is soms te lang.',
      interaction: 'Er is veel begrip voor elkaar; bewoners en beroepskrachten spreken elkaar aan als gelijken.',
      existence: 'Een open en eerlijke sfeer; een paar mensen vragen zich af wat hun rol na december is.',
      context: 'De stuurgroep wil weten hoe de resultaten geborgd worden.',
    },
    agreements: [
      { id: 'rf-03-a1', text: 'Check-in in één ronde van hooguit tien minuten.' },
      { id: 'rf-03-a2', text: 'Borging komt als vast punt op de agenda tot de evaluatie.' },
    ],
  },
  {
    id: 'rf-02',
    date: '2019-06-19',
    workGroupId: 'wg-03',
    meetingId: null,
    levels: {
      content: 'De QuickScan laat zien wat we al vermoedden: weinig structuur in het overleg.',
      procedure: 'Onze eigen werkgroep heeft ook geen vaste voorzitter; dat merken we.',
      interaction: 'We durven elkaar nu aan te spreken; de teamleider houdt zich bewust wat terug.',
      existence: 'Herkenning: "we doen zelf precies wat we bij de teams zien".',
      context: 'Het management wacht op ons advies; dat geeft druk maar ook gewicht.',
    },
    agreements: [
      { id: 'rf-02-a1', text: 'De kartrekker zit de werkgroep voortaan vast voor.' },
      { id: 'rf-02-a2', text: 'Elke derde bijeenkomst een reflectieronde met de QuickScan.' },
    ],
  },
]

export function buildHeerlenGroupDevelopment(): GroupDevelopment {
  return {
    cellOverrides: [],
    signalOverrides: [
      { id: OWN_SIGNAL_JARGON, phase: 'orientation', text: 'Bewoners vinden het jargon van beroepskrachten lastig', removed: false },
    ],
    observations: OBSERVATIONS,
    reflections: REFLECTIONS,
    reflectionReminderMeetings: 3,
  }
}
