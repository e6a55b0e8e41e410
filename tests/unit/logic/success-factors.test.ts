import { describe, expect, it } from 'vitest'
import {
  checkOf,
  pointsNeedingAttention,
  setCheck,
  successFactorPointIds,
  successFactors,
  summariseChecklist,
  summariseFactors,
} from '../../../shared/logic/success-factors'
import type { SuccessFactorCheck } from '../../../shared/model'

describe('the seven critical success factors', () => {
  it('has seven factors with their points from the article, with unique stable ids', () => {
    expect(successFactors.map((f) => f.title)).toEqual([
      'Investeer in gedegen vooronderzoek',
      'Faciliteer deelnemers in tijd en ruimte',
      'Stel een competente procesbegeleider aan',
      'Zorg voor structuur en organisatie',
      'Geef aandacht aan de groepsdynamiek en -ontwikkeling',
      'Heb aandacht voor alle contextinvloeden',
      'Leg het eigenaarschap bij de deelnemers',
    ])
    expect(successFactors.map((f) => f.points.length)).toEqual([3, 4, 11, 6, 3, 3, 2])
    expect(new Set(successFactorPointIds).size).toBe(32)
    expect(successFactors[0]!.points[0]!.id).toBe('sf1.1')
    expect(successFactors[2]!.points.filter((p) => p.group === 'Rollen')).toHaveLength(4)
  })
})

describe('marking points and the summary', () => {
  it('adds a row for a point the first time and changes it after', () => {
    const once = setCheck([], 'sf2.2', { status: 'attention' })
    expect(once).toEqual([{ pointId: 'sf2.2', status: 'attention', remark: '' }])
    const twice = setCheck(once, 'sf2.2', { remark: 'Vergoeding pas na drie maanden geregeld.' })
    expect(twice).toEqual([{ pointId: 'sf2.2', status: 'attention', remark: 'Vergoeding pas na drie maanden geregeld.' }])
    expect(checkOf(twice, 'sf1.1')).toEqual({ pointId: 'sf1.1', status: null, remark: '' })
  })

  it('counts per factor with a verdict, and in total', () => {
    const checks: SuccessFactorCheck[] = [
      { pointId: 'sf1.1', status: 'ok', remark: '' },
      { pointId: 'sf1.2', status: 'ok', remark: '' },
      { pointId: 'sf1.3', status: 'notApplicable', remark: '' },
      { pointId: 'sf2.3', status: 'attention', remark: 'Klankbordgroep weinig betrokken.' },
      { pointId: 'sf7.1', status: 'notApplicable', remark: '' },
      { pointId: 'sf7.2', status: 'notApplicable', remark: '' },
      { pointId: 'unknown', status: 'ok', remark: '' },
    ]
    const summary = summariseFactors(checks)
    expect(summary[0]).toEqual({ factorId: 'sf1', ok: 2, attention: 0, notApplicable: 1, open: 0, total: 3, verdict: 'ok' })
    expect(summary[1]).toMatchObject({ factorId: 'sf2', attention: 1, open: 3, verdict: 'attention' })
    expect(summary[3]).toMatchObject({ factorId: 'sf4', open: 6, verdict: 'open' })
    expect(summary[6]).toMatchObject({ factorId: 'sf7', verdict: 'notApplicable' })
    expect(summariseChecklist(checks)).toEqual({ ok: 2, attention: 1, notApplicable: 3, open: 26, total: 32 })
    expect(pointsNeedingAttention(checks).map((x) => [x.factor.number, x.point.id, x.remark])).toEqual([
      [2, 'sf2.3', 'Klankbordgroep weinig betrokken.'],
    ])
  })
})
