/**
 * The seven critical success factors of the Heerlen article (DOMAIN.md), each with its
 * concrete points, as a checklist the facilitator reviews at the evaluation. The factors
 * and points are fixed data (ids never change: the project file refers to them); the
 * facilitator's marks live in `evaluation.successFactorChecks`.
 */
import type { CheckStatus, SuccessFactorCheck } from '../model'

export interface SuccessFactorPoint {
  id: string
  text: string
  /** A sub-heading within the factor (factor 3 lists roles and competences). */
  group?: string
}

export interface SuccessFactor {
  id: string
  number: number
  title: string
  points: SuccessFactorPoint[]
}

const factor = (number: number, title: string, points: (string | [group: string, text: string])[]): SuccessFactor => ({
  id: `sf${number}`,
  number,
  title,
  points: points.map((point, index) =>
    typeof point === 'string'
      ? { id: `sf${number}.${index + 1}`, text: point }
      : { id: `sf${number}.${index + 1}`, group: point[0], text: point[1] },
  ),
})

export const successFactors: readonly SuccessFactor[] = [
  factor(1, 'Investeer in gedegen vooronderzoek', [
    'Voer oriënterende gesprekken met betrokkenen en stakeholders om leerthema’s en leervragen te verzamelen.',
    'Creëer draagvlak op alle lagen: uitvoerders, beleidsmakers en managers.',
    'Selecteer en betrek intrinsiek gemotiveerde burgers en beroepskrachten.',
  ]),
  factor(2, 'Faciliteer deelnemers in tijd en ruimte', [
    'Geef deelnemers erkenning voor hun deelname.',
    'Zorg voor een onkostenvergoeding voor deelnemende burgers.',
    'Richt een klankbordgroep op van betrokken stakeholders en organisaties (consult en verspreiding).',
    'Richt een stuurgroep op die de eindverantwoordelijkheid borgt.',
  ]),
  factor(3, 'Stel een competente procesbegeleider aan', [
    ['Rollen', 'Technisch voorzitter (directief).'],
    ['Rollen', 'Stimuleert het lerend vermogen.'],
    ['Rollen', 'Inspirator.'],
    ['Rollen', 'Kwartiermaker.'],
    ['Competenties', 'Affiniteit met de inhoud.'],
    ['Competenties', 'Alert op het groepsproces en de communicatieniveaus.'],
    ['Competenties', 'Bewust van de context: persoonlijk, organisatorisch, politiek en maatschappelijk.'],
    ['Competenties', 'Onderzoeksvaardigheden (gewenst, niet noodzakelijk).'],
    ['Competenties', 'Politieke sensitiviteit.'],
    ['Competenties', 'Kennis van leerprocessen.'],
    ['Competenties', 'Kennis van groepsdynamica en groepsbegeleiding.'],
  ]),
  factor(4, 'Zorg voor structuur en organisatie', [
    'Maak duidelijke afspraken over werkwijze, rolverdeling en planning.',
    'Bespreek de onderlinge verwachtingen.',
    'Stuur aan op een concreet plan van aanpak.',
    'Besteed aandacht aan PR: zorg voor bekendheid en publiceer de resultaten.',
    'Zorg voor een goede positionering van de leergemeenschap (mandaat, besluitvorming).',
    'Directief voorzitterschap: sturen op werkwijze en begeleiden van groepsprocessen.',
  ]),
  factor(5, 'Geef aandacht aan de groepsdynamiek en -ontwikkeling', [
    'Investeer in de onderlinge samenwerking, zodat deelnemers elkaar beter begrijpen.',
    'Stimuleer de gezamenlijke concern, betrokkenheid en draagvlak.',
    'Reflecteer periodiek op het groepsproces.',
  ]),
  factor(6, 'Heb aandacht voor alle contextinvloeden', [
    'Wees je bewust van contextinvloeden en maak ze bespreekbaar.',
    'Breng bij de start de contexten van alle deelnemers en stakeholders in beeld.',
    'Bespreek behoeften, belangen en mogelijke verborgen agenda’s.',
  ]),
  factor(7, 'Leg het eigenaarschap bij de deelnemers', [
    'Sluit aan bij de leervragen en ontwikkelbehoeften van de deelnemers.',
    'Pas vormen van co-creatie en gezamenlijke besluitvorming toe.',
  ]),
]

export const successFactorPointIds: readonly string[] = successFactors.flatMap((f) => f.points.map((p) => p.id))

/** The facilitator's mark on a point; a point without a row is not reviewed yet. */
export function checkOf(checks: readonly SuccessFactorCheck[], pointId: string): SuccessFactorCheck {
  return checks.find((check) => check.pointId === pointId) ?? { pointId, status: null, remark: '' }
}

/** New checks with one point's status and/or remark changed (a row is added when missing). */
export function setCheck(
  checks: readonly SuccessFactorCheck[],
  pointId: string,
  change: { status?: CheckStatus | null; remark?: string },
): SuccessFactorCheck[] {
  const existing = checks.find((check) => check.pointId === pointId)
  if (!existing) return [...checks, { pointId, status: null, remark: '', ...change }]
  return checks.map((check) => (check.pointId === pointId ? { ...check, ...change } : check))
}

export interface ChecklistCounts {
  ok: number
  attention: number
  notApplicable: number
  /** Not reviewed yet. */
  open: number
  total: number
}

export interface FactorSummary extends ChecklistCounts {
  factorId: string
  /** attention if any point needs attention; ok when every applicable point is in order; open otherwise. */
  verdict: 'attention' | 'ok' | 'open' | 'notApplicable'
}

const countPoints = (points: readonly SuccessFactorPoint[], checks: readonly SuccessFactorCheck[]): ChecklistCounts => {
  const counts: ChecklistCounts = { ok: 0, attention: 0, notApplicable: 0, open: 0, total: points.length }
  for (const point of points) {
    const status = checkOf(checks, point.id).status
    if (status === null) counts.open++
    else counts[status]++
  }
  return counts
}

function verdictOf(counts: ChecklistCounts): FactorSummary['verdict'] {
  if (counts.attention > 0) return 'attention'
  if (counts.total > 0 && counts.notApplicable === counts.total) return 'notApplicable'
  if (counts.open > 0) return 'open'
  return 'ok'
}

/** Per factor: how many points are in order, need attention, do not apply, or are not reviewed. */
export function summariseFactors(checks: readonly SuccessFactorCheck[], factors: readonly SuccessFactor[] = successFactors): FactorSummary[] {
  return factors.map((f) => {
    const counts = countPoints(f.points, checks)
    return { factorId: f.id, ...counts, verdict: verdictOf(counts) }
  })
}

/** Totals over the whole checklist; checks for unknown point ids are ignored. */
export function summariseChecklist(checks: readonly SuccessFactorCheck[], factors: readonly SuccessFactor[] = successFactors): ChecklistCounts {
  return countPoints(
    factors.flatMap((f) => f.points),
    checks,
  )
}

/** The points that need attention, with their factor, in checklist order (for the report's summary). */
export function pointsNeedingAttention(
  checks: readonly SuccessFactorCheck[],
  factors: readonly SuccessFactor[] = successFactors,
): { factor: SuccessFactor; point: SuccessFactorPoint; remark: string }[] {
  return factors.flatMap((f) =>
    f.points
      .map((point) => ({ factor: f, point, check: checkOf(checks, point.id) }))
      .filter(({ check }) => check.status === 'attention')
      .map(({ factor: fa, point, check }) => ({ factor: fa, point, remark: check.remark })),
  )
}
