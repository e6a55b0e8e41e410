import { describe, expect, it } from 'vitest'
import {
  moveQuote,
  neighbourCategory,
  orderedCategories,
  quoteCounts,
  quotesByCategory,
  resultOf,
  setResult,
} from '../../../shared/logic/evaluation'
import { Evaluation, type Quote, type QuoteCategory } from '../../../shared/model'

const q = (id: string, category: QuoteCategory): Quote => ({ id, text: id, participantId: null, category })
// L = learningYield, S = structure, G = groupDynamics
const quotes = [q('L1', 'learningYield'), q('S1', 'structure'), q('L2', 'learningYield'), q('G1', 'groupDynamics'), q('S2', 'structure')]
const ids = (list: readonly Quote[]) => list.map((x) => `${x.id}:${x.category[0]}`)

describe('quotes by category', () => {
  it('groups in the stored category order, quotes in stored order', () => {
    const groups = quotesByCategory({ categoryOrder: ['structure', 'learningYield', 'groupDynamics'], quotes })
    expect(groups.map((g) => [g.category, g.quotes.map((x) => x.id)])).toEqual([
      ['structure', ['S1', 'S2']],
      ['learningYield', ['L1', 'L2']],
      ['groupDynamics', ['G1']],
    ])
  })

  it('repairs a category order with duplicates or missing categories', () => {
    expect(orderedCategories(['groupDynamics', 'groupDynamics'])).toEqual(['groupDynamics', 'learningYield', 'structure'])
    expect(orderedCategories([])).toEqual(['learningYield', 'structure', 'groupDynamics'])
    expect(Evaluation.parse({}).categoryOrder).toEqual(['learningYield', 'structure', 'groupDynamics'])
  })

  it('counts per category', () => {
    expect(quoteCounts(quotes)).toEqual({ learningYield: 2, structure: 2, groupDynamics: 1 })
  })
})

describe('moving a quote', () => {
  it('moves into another category at a position among that category’s quotes', () => {
    const moved = moveQuote(quotes, 'L1', 'structure', 1)
    expect(ids(moved)).toEqual(['S1:s', 'L2:l', 'G1:g', 'L1:s', 'S2:s'])
    expect(quotesByCategory({ categoryOrder: [], quotes: moved })[1]!.quotes.map((x) => x.id)).toEqual(['S1', 'L1', 'S2'])
  })

  it('appends at the end of the category when no index is given', () => {
    expect(ids(moveQuote(quotes, 'G1', 'learningYield'))).toEqual(['L1:l', 'S1:s', 'L2:l', 'G1:l', 'S2:s'])
  })

  it('reorders within a category and clamps the index', () => {
    expect(ids(moveQuote(quotes, 'S2', 'structure', 0))).toEqual(['L1:l', 'S2:s', 'S1:s', 'L2:l', 'G1:g'])
    expect(ids(moveQuote(quotes, 'S1', 'structure', 99))).toEqual(['L1:l', 'L2:l', 'G1:g', 'S2:s', 'S1:s'])
  })

  it('moves into an empty category keeping its place; returns the same array when nothing changes', () => {
    const two = [q('A', 'learningYield'), q('B', 'learningYield')]
    expect(ids(moveQuote(two, 'B', 'groupDynamics', 0))).toEqual(['A:l', 'B:g'])
    expect(moveQuote(quotes, 'L2', 'learningYield', 1)).toBe(quotes)
    expect(moveQuote(quotes, 'nope', 'structure')).toEqual(quotes)
  })

  it('gives the neighbouring category for keyboard moves', () => {
    const order: QuoteCategory[] = ['learningYield', 'structure', 'groupDynamics']
    expect(neighbourCategory(order, 'structure', 1)).toBe('groupDynamics')
    expect(neighbourCategory(order, 'structure', -1)).toBe('learningYield')
    expect(neighbourCategory(order, 'groupDynamics', 1)).toBeNull()
  })
})

describe('results per work group', () => {
  it('reads and sets a group’s text', () => {
    const results = setResult([], 'wg-1', 'Advies en verbeterplan')
    expect(resultOf(results, 'wg-1')).toBe('Advies en verbeterplan')
    expect(resultOf(results, 'wg-2')).toBe('')
    expect(setResult(results, 'wg-1', 'Anders')).toEqual([{ workGroupId: 'wg-1', text: 'Anders' }])
  })
})
