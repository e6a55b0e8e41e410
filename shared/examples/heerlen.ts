/**
 * The built-in example: "Leergemeenschap Heerlen STAND-BY!" (september 2018 – december 2019).
 *
 * Facts (period, commissioner, themes, method, results, evaluation, success factors,
 * the organisations in the sounding board) come from the source texts in shared/seeds.
 * Every personal name is invented; no real person from the sources appears here.
 * E-mail addresses use @voorbeeld.nl and phone numbers 06-12345xxx: clearly fake.
 * Ids are fixed strings, so the example is the same every time it is built.
 */
import type { ProjectFile } from '../model'
import { community, engagementRow, lines, participant, profile, stakeholder } from './helpers'
import { buildHeerlenMeetingWork } from './heerlen-meetings'
import { buildHeerlenPlanActions, buildHeerlenPlanWork } from './heerlen-plans'
import { buildHeerlenThemeWork } from './heerlen-themes'
import { buildHeerlenGroupDevelopment } from './heerlen-group-development'

export const EXAMPLE_FILE_NAME = 'Voorbeeld Leergemeenschap Heerlen STAND-BY!.werkbank.json'

const SBT_HEERLERHEIDE = 'Heerlen STAND-BY!, sociaal buurtteam Heerlerheide'
const ZUYD_LECTORAAT = 'Zuyd Hogeschool, Lectoraat Wijkgerichte Zorg'
const ZUYD_ERGO = 'Zuyd Hogeschool, opleiding Ergotherapie'
const ZUYD_VPK = 'Zuyd Hogeschool, opleiding Verpleegkunde'

const WG1 = 'werkgroep 1 (Erkenning en facilitering van burgerinitiatieven)'
const WG2 = 'werkgroep 2 (Preventie en vroegsignalering)'
const WG3 = 'werkgroep 3 (Functioneren van het SBT)'

function buildCommunity() {
  return community({
    id: 'heerlen-standby',
    name: 'Leergemeenschap Heerlen STAND-BY!',
    startDate: '2018-09-05',
    endDate: '2019-12-31',
    region: 'Gemeente Heerlen, pilotgebied Heerlerheide',
    commissioner:
      'Heerlen STAND-BY!, de Wmo-coöperatie van zorg- en welzijnsorganisaties die in opdracht van de gemeente Heerlen de maatschappelijke ondersteuning verzorgt',
    facilitator: 'Maud Vossen (docent-onderzoeker Lectoraat Wijkgerichte Zorg, Zuyd Hogeschool)',
    description: lines(
      'Een leergemeenschap van buurtbewoners en vrijwilligers, beroepskrachten van de sociale buurtteams van Heerlen STAND-BY! ' +
        '(wijkverpleegkundige, maatschappelijk werkers, jeugdconsulent, intaker, opbouwwerker, expertiseteam), ' +
        'docent-onderzoekers van Zuyd Hogeschool en de Universiteit Maastricht en studenten verpleegkunde en ergotherapie.',
      'De informatieve aftrap was op 5 september 2018 in buurtcentrum \u2019t Heitje in Heerlerheide, met een speeddatesessie; ' +
        'de eerste officiële bijeenkomst volgde op 3 oktober 2018. Daarna kwam de leergemeenschap elke vijf weken plenair bijeen, ' +
        'op wisselende locaties in Heerlerheide (buurtcentra, wijkgebouwen, een basisschool, inlooplocaties): ' +
        'zo leren de leden de voorzieningen in de buurt kennen en wordt de leergemeenschap zelf gezien. Tussendoor zijn de werkgroepen aan de slag.',
      'Een oriënterend vooronderzoek (22 gesprekken met betrokkenen en observaties van overleggen) leverde 23 mogelijke thema\u2019s met leervragen op. ' +
        'Op basis van urgentie, haalbaarheid, veranderbaarheid en affiniteit koos de groep er drie, elk met een eigen werkgroep en kartrekker: ' +
        'Erkenning en facilitering van burgerinitiatieven; Preventie en vroegsignalering; Functioneren van de sociale buurtteams (SBT\u2019s).',
    ),
    goal:
      'Door samen te leren en te experimenteren tot innovatie en praktijkverbetering komen, en zo de Wmo-coöperatie Heerlen STAND-BY! ' +
      'versterken bij haar transformatieopgave. Burgers krijgen een stem in de vernieuwing van de maatschappelijke ondersteuning; ' +
      'de opgedane kennis wordt vertaald naar de werkwijze van de coöperatie in heel Heerlen.',
    centralQuestion:
      'Hoe komen buurtbewoners, beroepskrachten, onderzoekers en studenten samen tot maatschappelijke ondersteuning die beter aansluit bij ' +
      'wat burgers nodig hebben? Bijvoorbeeld: hoe kunnen sociale buurtteams preventie en vroegsignalering invullen, en hoe werk je als ' +
      'professional goed samen in de coöperatie en betrek je de informele zorg daar meer bij?',
  })
}

function buildProfile() {
  return profile({
    initiator:
      'Heerlen STAND-BY! (opdrachtgever), samen met het Lectoraat Wijkgerichte Zorg van Zuyd Hogeschool en de Vakgroep Huisartsgeneeskunde ' +
      'van de Universiteit Maastricht. De leergemeenschap bouwt voort op de leergemeenschappen in Maastricht en Roermond uit het ' +
      'RAAK-project Optimale Maatschappelijke Ondersteuning van Burgers (2016–2018).',
    status: 'finished',
    statusNote:
      'Afgerond in december 2019 met een evaluatiebijeenkomst. Open punt: de borging. Hoe blijven de ingezette ontwikkeling en de ' +
      'samenwerking in stand, en hoe blijft een wisselende groep bij elkaar?',
    expectedResultsBefore: lines(
      '- Leerthema\u2019s en leervragen die aansluiten bij de dagelijkse praktijk van de sociale buurtteams en bij wat bewoners ervaren.',
      '- Per gekozen thema een plan van aanpak en verbeteringen die in de praktijk zijn uitgeprobeerd.',
      '- Kennis en ervaring die de coöperatie helpen bij de transformatie van verzorgingsstaat naar participatiemaatschappij.',
      '- Een stem voor burgers in de vernieuwing van de maatschappelijke ondersteuning.',
    ),
    expectedResultsDuring: lines(
      'Werkgroep 1, Erkenning en facilitering van burgerinitiatieven: onderzoek samen met studenten ergotherapie bij meer dan 30 initiatieven ' +
        'in Heerlerheide (interviews met initiatiefnemers en vrijwilligers), een advies met verbeterplan en een bijeenkomst voor vrijwilligers ' +
        'van initiatieven uit enkele buurten (elkaar leren kennen, kennis en ervaring uitwisselen, deskundigheidsbevordering).',
      'Werkgroep 2, Preventie en vroegsignalering: (a) een advies over de overgang van 18-min naar 18-plus: bewustwording, een warme overdracht, ' +
        'een melding aan de begeleider als een jongere 18 wordt, een checklist en de app Kwikstart, en een pilot-steunpunt 18-min/18-plus; ' +
        '(b) vroegsignalering van eenzaamheid: een training en informatiebijeenkomst voor vrijwilligers en sleutelfiguren, met Alcander en ' +
        'Zuyd Hogeschool verder ontwikkeld; tien vrijwilligers doen na extra training huisbezoeken bij 75-plussers.',
      'Werkgroep 3, Functioneren van het SBT: onderzoek met interviews, observaties en een QuickScan in de sociale buurtteams, ' +
        'een toolbox voor het overleg en een advies aan het management: een vaste voorzitter per team die ook groepsproces en ' +
        'cliëntgerichtheid bewaakt, ondersteuning van die voorzitters en geborgde reflectiemomenten.',
    ),
    categoryEngagement: [
      engagementRow('ce-01', 'Buurtbewoners en vrijwilligers', 5),
      engagementRow('ce-02', 'Beroepskrachten van Heerlen STAND-BY! (sociale buurtteams)', 4),
      engagementRow('ce-03', 'Docent-onderzoekers (Zuyd Hogeschool, Universiteit Maastricht)', 5),
      engagementRow('ce-04', 'Studenten verpleegkunde en ergotherapie', 3),
      engagementRow('ce-05', 'Beleidsmedewerkers gemeente Heerlen', 2),
      engagementRow('ce-06', 'Management Heerlen STAND-BY!', 3),
    ],
    competences:
      'Geen formele eisen. Wel gevraagd: intrinsieke motivatie en affiniteit met de thema\u2019s, bereidheid om vanuit de eigen praktijk ' +
      'te leren en te experimenteren, openheid voor het perspectief van bewoners en van andere disciplines, en tijd om tussen de ' +
      'bijeenkomsten in de werkgroep actief te zijn. Deelnemers zijn geselecteerd op motivatie.',
    processGuidance:
      'Ja. Een docent-onderzoeker van Zuyd Hogeschool en de Universiteit Maastricht is als procesbegeleider aangesteld, als neutrale partij ' +
      'tussen de organisaties. Rollen: technisch voorzitter (directief), het lerend vermogen stimuleren, inspirator en kwartiermaker. ' +
      'De procesbegeleider bereidt de bijeenkomsten voor, bewaakt structuur en planning, let op groepsproces en communicatieniveaus en ' +
      'onderhoudt het contact met klankbordgroep en stuurgroep. Per werkgroep is een kartrekker benoemd.',
    contentGuidance:
      'Ja. Het Lectoraat Wijkgerichte Zorg (Zuyd Hogeschool) en de Vakgroep Huisartsgeneeskunde (Universiteit Maastricht) ondersteunen ' +
      'inhoudelijk. Regelmatig komen experts en gastsprekers hun kennis delen, bijvoorbeeld over eenzaamheid en over positieve gezondheid. ' +
      'Welzijnsorganisatie Alcander werkte mee aan de training voor vrijwilligers en sleutelfiguren.',
    collaboration:
      'Ja. Samenspel tussen buurtbewoners, vrijwilligers, beroepskrachten van verschillende disciplines en organisaties binnen de ' +
      'coöperatie, onderzoekers en studenten. Studenten verpleegkunde en ergotherapie doen mee via afstudeeropdrachten, minoren, vrije ' +
      'studieruimte en specifieke modules; in de module wijkgericht werken (jaar 2 ergotherapie) zijn alle studenten in groepjes gekoppeld ' +
      'aan opbouwwerkers van STAND-BY! en met project- en onderzoeksopdrachten de buurten in gestuurd. Door de deelname van burgers staat ' +
      'het belang van de burger en cliënt centraal.',
    opportunitiesAndChallenges: lines(
      'Kansen: van elkaar leren over de grenzen van discipline en organisatie heen; elkaar en de voorzieningen in de buurt beter leren ' +
        'kennen; de stem van bewoners in de vernieuwing; studenten als extra onderzoekscapaciteit; onderwijs, onderzoek en praktijk verbinden.',
      'Uitdagingen: tijd en ruimte vanuit de organisaties om deel te nemen; een wisselende groep bij elkaar houden; elkaars taal leren ' +
        'begrijpen; de afstemming met de klankbordgroep; de borging van resultaten en samenwerking na afloop.',
    ),
    collaborationExperiences:
      'Ja, bij de afsluitende evaluatie. Als hoogtepunt noemden deelnemers de onderlinge samenwerking, de verbinding en het samenspel tussen ' +
      'burgers, beroepskrachten en studenten; men is trots op de eindresultaten en het ontwikkelde materiaal. Uit de citaten: ' +
      '\u2018Leuke samenwerking en het samenspel tussen bewoners, vrijwilligers en beroepskrachten.\u2019 ' +
      '\u2018Prettige werkgroep, open en eerlijke sfeer.\u2019 \u2018Er was altijd veel begrip voor elkaar.\u2019',
    method: lines(
      'Actieonderzoek (Migchelbrink, 2007): per werkgroep worden verbeteringen stapsgewijs uitgeprobeerd, geëvalueerd en daarna ' +
        'geïmplementeerd, in cycli. Samen leren en experimenteren staat centraal. De leergemeenschap is gebaseerd op het gedachtegoed van ' +
        'Lave en Wenger over communities of practice.',
      'Verloop: oriënterend vooronderzoek (22 gesprekken, 23 thema\u2019s) \u2192 aftrap en kennismaking \u2192 prioritering op urgentie, ' +
        'haalbaarheid, veranderbaarheid en affiniteit (3 van 23 thema\u2019s) \u2192 verdeling over werkgroepen op affiniteit, kartrekker per werkgroep ' +
        '\u2192 plan van aanpak per werkgroep \u2192 plenaire bijeenkomsten elke vijf weken, werkgroepen tussendoor \u2192 periodieke reflectie ' +
        '\u2192 afsluitende evaluatie.',
    ),
    tools:
      'Speeddatesessie bij de aftrap; scoring van thema\u2019s op de vier criteria; een plan van aanpak per werkgroep; een interviewleidraad ' +
      'voor initiatiefnemers en vrijwilligers; de QuickScan Interprofessionele Teamsamenwerking; een toolbox voor het overleg in de sociale ' +
      'buurtteams; een checklist en de app Kwikstart voor de overgang 18-min/18-plus; trainingsmateriaal over eenzaamheid voor vrijwilligers.',
    costs:
      'Geen kosten voor de deelnemers. Beroepskrachten nemen deel in werktijd; deelnemende buurtbewoners en vrijwilligers krijgen een ' +
      'onkostenvergoeding. Bijeenkomsten vinden plaats in buurtcentra en wijkgebouwen in Heerlerheide.',
    fundedBy:
      'Heerlen STAND-BY! als opdrachtgever (procesbegeleiding en onkostenvergoedingen); de organisaties binnen de coöperatie (uren van hun ' +
      'beroepskrachten); Zuyd Hogeschool en de Universiteit Maastricht (onderzoekstijd, inzet van studenten).',
    evaluations: lines(
      'Ja. Tussentijds: periodieke reflectie op het groepsproces en terugkoppeling van de vorderingen aan de klankbordgroep.',
      'Bij afsluiting: een evaluatiebijeenkomst waarin alle deelnemers hun ervaringen deelden. Vragen: hoe heb je het traject ervaren, ' +
        'wat heeft deelname je persoonlijk en professioneel gebracht, wat was de meerwaarde? De citaten zijn ingedeeld in drie categorieën: ' +
        'leerrendement en opbrengst (\u2018Veel van geleerd, ik heb andere beelden gekregen.\u2019), structuur en organisatie ' +
        '(\u2018Er was veel structuur, we hebben concrete stappen gezet.\u2019) en groepsdynamiek, interactie en werkklimaat ' +
        '(\u2018Ik voelde me erg thuis in de groep.\u2019).',
      'Genoemde succesfactoren: de goede samenwerking, de relevantie van de thematiek, de praktische toepasbaarheid en het rendement voor ' +
        'de praktijk, de kartrekkersrol en de procesbegeleiding. Verbeterpunt: communicatie en afstemming met de klankbordgroep. ' +
        'Belangrijkste uitdaging: de borging.',
    ),
    workingElements: lines(
      'Zeven kritische succesfactoren:',
      '1. Investeer in gedegen vooronderzoek: oriënterende gesprekken met betrokkenen en stakeholders, draagvlak op alle lagen ' +
        '(uitvoerders, beleidsmakers, managers), intrinsiek gemotiveerde burgers en beroepskrachten.',
      '2. Faciliteer deelnemers in tijd en ruimte: erkenning voor deelname, een onkostenvergoeding voor burgers, een klankbordgroep ' +
        '(consult en disseminatie) en een stuurgroep die de eindverantwoordelijkheid borgt.',
      '3. Stel een competente procesbegeleider aan: technisch voorzitter, stimuleert het lerend vermogen, inspirator, kwartiermaker; ' +
        'affiniteit met de inhoud, alert op groepsproces en communicatieniveaus, contextbewust, politiek sensitief, kennis van leerprocessen ' +
        'en van groepsdynamica.',
      '4. Zorg voor structuur en organisatie: afspraken over werkwijze, rolverdeling en planning, verwachtingen bespreken, een concreet plan ' +
        'van aanpak, PR en publicatie van resultaten, een goede positionering (mandaat, besluitvorming), directief voorzitterschap.',
      '5. Geef aandacht aan de groepsdynamiek en -ontwikkeling: investeer in de onderlinge samenwerking, stimuleer de gezamenlijke concern, ' +
        'betrokkenheid en draagvlak, reflecteer periodiek op het groepsproces.',
      '6. Heb aandacht voor alle contextinvloeden: breng bij de start de contexten van deelnemers en stakeholders in beeld en bespreek ' +
        'behoeftes, belangen en mogelijke verborgen agenda\u2019s.',
      '7. Leg het eigenaarschap bij de deelnemers: sluit aan bij hun leervragen en ontwikkelbehoefte, pas co-creatie en gezamenlijke ' +
        'besluitvorming toe.',
    ),
  })
}

function buildStakeholders() {
  return [
    // Klankbordgroep: the organisations named in the news item on the start (seed 002).
    stakeholder('s-01', 'soundingBoard', 'Joost Willems', 'Universiteit Maastricht, Vakgroep Huisartsgeneeskunde', 'senior onderzoeker'),
    stakeholder('s-02', 'soundingBoard', 'Hanneke Gielen', ZUYD_LECTORAAT, 'associate lector'),
    stakeholder('s-03', 'soundingBoard', 'Nicole Habets', 'Heerlen STAND-BY!', 'manager sociale buurtteams'),
    stakeholder('s-04', 'soundingBoard', 'Wim Geurts', 'Adviesraad MO Heerlen', 'lid adviesraad'),
    stakeholder('s-05', 'soundingBoard', 'Karin Mertens', 'Gemeente Heerlen', 'beleidsadviseur sociaal domein'),
    stakeholder('s-06', 'soundingBoard', 'Bas Derks', 'Huisartsenpraktijk Heerlen-Noord', 'huisarts'),
    stakeholder('s-07', 'soundingBoard', 'Petra Schoonbrood', 'Burgerkracht Limburg', 'adviseur'),
    stakeholder('s-08', 'soundingBoard', 'Ellen Vroemen', 'CIZOP', 'beleidsmedewerker'),
    // Stuurgroep: final responsibility (success factor 2).
    stakeholder('s-09', 'steeringGroup', 'Monique Rutten', 'Heerlen STAND-BY!', 'directeur'),
    stakeholder('s-10', 'steeringGroup', 'Frank Bastiaens', ZUYD_LECTORAAT, 'lector'),
    stakeholder('s-11', 'steeringGroup', 'Ruud Spronck', 'Gemeente Heerlen', 'afdelingshoofd sociaal domein'),
    stakeholder('s-12', 'steeringGroup', 'Anja Reinders', 'Universiteit Maastricht, Vakgroep Huisartsgeneeskunde', 'programmaleider'),
  ]
}

function buildParticipants() {
  return [
    // Docent-onderzoekers
    participant({
      id: 'p-01', name: 'Maud Vossen', category: 'teacherResearcher', discipline: 'docent-onderzoeker, procesbegeleider',
      organisation: ZUYD_LECTORAAT, email: 'maud.vossen@voorbeeld.nl', phone: '06-12345001', joinedOn: '2018-09-05',
      notes: 'Procesbegeleider en technisch voorzitter van de plenaire bijeenkomsten. Voerde de 22 oriënterende gesprekken.',
    }),
    participant({
      id: 'p-02', name: 'Guido Huijts', category: 'teacherResearcher', discipline: 'docent-onderzoeker ergotherapie',
      organisation: ZUYD_ERGO, email: 'guido.huijts@voorbeeld.nl', joinedOn: '2018-10-03',
      notes: `Coördineert de module wijkgericht werken (jaar 2) en de inzet van studenten in ${WG1}.`,
    }),
    participant({
      id: 'p-03', name: 'Carla op den Kamp', category: 'teacherResearcher', discipline: 'onderzoeker',
      organisation: 'Universiteit Maastricht, Vakgroep Huisartsgeneeskunde', email: 'carla.opdenkamp@voorbeeld.nl', joinedOn: '2018-10-03',
    }),
    // Buurtbewoners en vrijwilligers
    participant({
      id: 'p-04', name: 'Annie Kleijnen', category: 'resident', discipline: 'buurtbewoner',
      phone: '06-12345004', joinedOn: '2018-09-05', notes: `Kartrekker ${WG1}. Ontvangt een onkostenvergoeding.`,
    }),
    participant({
      id: 'p-05', name: 'Sjef Houben', category: 'resident', discipline: 'vrijwilliger',
      organisation: 'Buurtcentrum \u2019t Heitje', phone: '06-12345005', joinedOn: '2018-09-05',
    }),
    participant({
      id: 'p-06', name: 'Fatma Öztürk', category: 'resident', discipline: 'vrijwilliger, sleutelfiguur in de buurt',
      organisation: 'Vrouwengroep Heerlerheide', email: 'fatma.ozturk@voorbeeld.nl', joinedOn: '2018-09-05',
      notes: `${WG2}: denkt mee over de training vroegsignalering van eenzaamheid.`,
    }),
    participant({
      id: 'p-07', name: 'Lei Bemelmans', category: 'resident', discipline: 'buurtbewoner, ervaringsdeskundige',
      organisation: 'Adviesraad MO Heerlen', joinedOn: '2018-09-05',
    }),
    participant({
      id: 'p-08', name: 'Thea Lemmens', category: 'resident', discipline: 'vrijwilliger', organisation: 'Eetpunt Heerlerheide',
      joinedOn: '2018-11-07', leftOn: '2019-05-15', notes: 'Gestopt vanwege mantelzorgtaken; wil de resultaten graag ontvangen.',
    }),
    participant({ id: 'p-09', name: 'Hans Müller', category: 'resident', discipline: 'buurtbewoner', joinedOn: '2018-12-12' }),
    // Beroepskrachten
    participant({
      id: 'p-10', name: 'Ingrid Claessens', category: 'professional', discipline: 'wijkverpleegkundige',
      organisation: SBT_HEERLERHEIDE, email: 'ingrid.claessens@voorbeeld.nl', phone: '06-12345010', joinedOn: '2018-09-05',
    }),
    participant({
      id: 'p-11', name: 'Mohamed El Amrani', category: 'professional', discipline: 'maatschappelijk werker',
      organisation: SBT_HEERLERHEIDE, email: 'mohamed.elamrani@voorbeeld.nl', phone: '06-12345011', joinedOn: '2018-09-05',
      notes: `Kartrekker ${WG3}.`,
    }),
    participant({
      id: 'p-12', name: 'Linda Wetzels', category: 'professional', discipline: 'maatschappelijk werker',
      organisation: 'Heerlen STAND-BY!, sociaal buurtteam Heerlen-Noord', email: 'linda.wetzels@voorbeeld.nl',
      joinedOn: '2018-09-05', leftOn: '2019-03-01', notes: 'Nieuwe baan buiten Heerlen; taken in de werkgroep overgedragen.',
    }),
    participant({
      id: 'p-13', name: 'Roy Crombach', category: 'professional', discipline: 'jeugdconsulent',
      organisation: 'Gemeente Heerlen, team Jeugd', email: 'roy.crombach@voorbeeld.nl', phone: '06-12345013', joinedOn: '2018-09-05',
      notes: `Kartrekker ${WG2}, spoor 18-min/18-plus.`,
    }),
    participant({
      id: 'p-14', name: 'Esther Frijns', category: 'professional', discipline: 'intaker',
      organisation: 'Heerlen STAND-BY!, Wmo-intake', email: 'esther.frijns@voorbeeld.nl', joinedOn: '2018-09-05',
    }),
    participant({
      id: 'p-15', name: 'Bart Notermans', category: 'professional', discipline: 'opbouwwerker', organisation: 'Alcander',
      email: 'bart.notermans@voorbeeld.nl', phone: '06-12345015', joinedOn: '2018-09-05',
      notes: 'Begeleidt een groepje studenten ergotherapie in de buurt.',
    }),
    participant({
      id: 'p-16', name: 'Yvonne Dohmen', category: 'professional', discipline: 'medewerker expertiseteam',
      organisation: 'Heerlen STAND-BY!, expertiseteam', joinedOn: '2018-09-05',
    }),
    participant({
      id: 'p-17', name: 'Priscilla van der Meer', category: 'professional', discipline: 'Wmo-consulent',
      organisation: SBT_HEERLERHEIDE, email: 'priscilla.vandermeer@voorbeeld.nl', joinedOn: '2018-11-07',
    }),
    participant({
      id: 'p-18', name: 'Kevin Ramakers', category: 'professional', discipline: 'opbouwwerker', organisation: 'Alcander',
      joinedOn: '2018-12-12', notes: 'Sloot aan toen de studenten aan opbouwwerkers werden gekoppeld.',
    }),
    // Studenten
    participant({
      id: 'p-19', name: 'Lotte Janssen', category: 'student', discipline: 'student ergotherapie (module wijkgericht werken)',
      organisation: ZUYD_ERGO, joinedOn: '2018-11-07', leftOn: '2019-01-31', notes: 'Module afgerond.',
    }),
    participant({
      id: 'p-20', name: 'Daan Peeters', category: 'student', discipline: 'student ergotherapie (module wijkgericht werken)',
      organisation: ZUYD_ERGO, joinedOn: '2018-11-07', leftOn: '2019-01-31', notes: 'Module afgerond.',
    }),
    participant({
      id: 'p-21', name: 'Iris Schepers', category: 'student', discipline: 'student verpleegkunde (afstudeeropdracht)',
      organisation: ZUYD_VPK, email: 'iris.schepers@voorbeeld.nl', joinedOn: '2018-10-03',
    }),
    participant({
      id: 'p-22', name: 'Sem Coenen', category: 'student', discipline: 'student ergotherapie (minor)',
      organisation: ZUYD_ERGO, joinedOn: '2018-11-07',
    }),
    participant({
      id: 'p-23', name: 'Noor Smeets', category: 'student', discipline: 'student verpleegkunde (vrije studieruimte)',
      organisation: ZUYD_VPK, joinedOn: '2018-12-12',
    }),
    participant({
      id: 'p-24', name: 'Anouk Ummels', category: 'student', discipline: 'student ergotherapie (afstudeeropdracht)',
      organisation: ZUYD_ERGO, email: 'anouk.ummels@voorbeeld.nl', joinedOn: '2018-12-12',
      notes: `Interviewt initiatiefnemers voor ${WG1}.`,
    }),
    // Beleid, management, overig
    participant({
      id: 'p-25', name: 'Marco Heijnen', category: 'policyOfficer', discipline: 'beleidsmedewerker Wmo',
      organisation: 'Gemeente Heerlen', email: 'marco.heijnen@voorbeeld.nl', phone: '06-12345025', joinedOn: '2018-09-05',
    }),
    participant({
      id: 'p-26', name: 'Femke Meessen', category: 'policyOfficer', discipline: 'beleidsmedewerker preventie',
      organisation: 'Gemeente Heerlen', email: 'femke.meessen@voorbeeld.nl', joinedOn: '2018-12-12',
      notes: `Sluit aan bij ${WG2} vanwege het programma Eén tegen eenzaamheid.`,
    }),
    participant({
      id: 'p-27', name: 'René Jacobs', category: 'manager', discipline: 'teamleider sociale buurtteams',
      organisation: 'Heerlen STAND-BY!', email: 'rene.jacobs@voorbeeld.nl', phone: '06-12345027', joinedOn: '2018-10-03',
    }),
    participant({
      id: 'p-28', name: 'Wendy Hermans', category: 'other', discipline: 'adviseur burgerparticipatie',
      organisation: 'Burgerkracht Limburg', email: 'wendy.hermans@voorbeeld.nl', joinedOn: '2018-10-03',
      notes: 'Ondersteunt de inbreng van bewoners; komt naar de bijeenkomsten waar bewonersparticipatie centraal staat.',
    }),
  ]
}

/** The built-in example: "Voorbeeld: Leergemeenschap Heerlen STAND-BY!". Deterministic: same ids and content on every call. */
export function buildHeerlenExample(): ProjectFile {
  const meetingWork = buildHeerlenMeetingWork()
  const actions = [...meetingWork.actions, ...buildHeerlenPlanActions()]
  return {
    format: 'werkbank',
    schemaVersion: 1,
    createdAt: '2018-09-01T10:00:00+02:00',
    community: buildCommunity(),
    profile: buildProfile(),
    stakeholders: buildStakeholders(),
    participants: buildParticipants(),
    // The seeds: after prioritisation every member was placed in one of the three themes.
    settings: { allowMultipleWorkGroups: false },
    // Interviews, themes, board, scores and work groups: see heerlen-themes.ts.
    ...buildHeerlenThemeWork(),
    // Locations, meetings, roles, attendance, minutes and actions: see heerlen-meetings.ts.
    ...meetingWork,
    // Plans of approach and the closing evaluation: see heerlen-plans.ts. A plan's actions are
    // shared actions with the work group's id, listed after the meetings' actions.
    ...buildHeerlenPlanWork({ actions, meetings: meetingWork.meetings }),
    actions,
    // Phase observations and reflections per group: see heerlen-group-development.ts.
    groupDevelopment: buildHeerlenGroupDevelopment(),
  }
}
