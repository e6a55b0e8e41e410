/**
 * The evaluation's quotes in their three categories, moving a quote between categories (the
 * order of `evaluation.quotes` is the order within each category), and results per work group.
 */
import { quoteCategories, type Evaluation, type Quote, type QuoteCategory, type WorkGroupResult } from '../model'

/** The category order to show: the stored order, without duplicates or unknown values, completed with any missing category. */
export function orderedCategories(order: readonly QuoteCategory[]): QuoteCategory[] {
  const result: QuoteCategory[] = []
  for (const category of [...order, ...quoteCategories]) {
    if ((quoteCategories as readonly string[]).includes(category) && !result.includes(category)) result.push(category)
  }
  return result
}

export interface QuoteGroup {
  category: QuoteCategory
  quotes: Quote[]
}

/** The quotes per category, categories in the evaluation's order, quotes in stored order. */
export function quotesByCategory(evaluation: Pick<Evaluation, 'categoryOrder' | 'quotes'>): QuoteGroup[] {
  return orderedCategories(evaluation.categoryOrder).map((category) => ({
    category,
    quotes: evaluation.quotes.filter((quote) => quote.category === category),
  }))
}

/**
 * Move a quote into `category` at position `index` among that category's quotes (clamped; at
 * the end when omitted). Other quotes keep their order. Returns the same array when nothing changes.
 */
export function moveQuote(quotes: readonly Quote[], quoteId: string, category: QuoteCategory, index?: number): Quote[] {
  const quote = quotes.find((q) => q.id === quoteId)
  if (!quote) return [...quotes]
  const rest = quotes.filter((q) => q.id !== quoteId)
  if (quote.category === category) {
    const siblings = quotes.filter((q) => q.category === category)
    const target = Math.max(0, Math.min(index ?? siblings.length - 1, siblings.length - 1))
    if (siblings.indexOf(quote) === target) return quotes as Quote[]
  }
  const moved: Quote = quote.category === category ? quote : { ...quote, category }
  const inTarget = rest.filter((q) => q.category === category)
  const position = Math.max(0, Math.min(index ?? inTarget.length, inTarget.length))
  let insertAt: number
  if (inTarget.length === 0) {
    // First quote of this category: keep its place in the overall list.
    insertAt = Math.min(quotes.indexOf(quote), rest.length)
  } else if (position < inTarget.length) {
    insertAt = rest.indexOf(inTarget[position]!)
  } else {
    insertAt = rest.indexOf(inTarget[inTarget.length - 1]!) + 1
  }
  const result = [...rest.slice(0, insertAt), moved, ...rest.slice(insertAt)]
  const unchanged = result.every((q, i) => q === quotes[i])
  return unchanged ? (quotes as Quote[]) : result
}

/** A category's neighbour for keyboard moves: -1 the previous, +1 the next one, null at the edge. */
export function neighbourCategory(order: readonly QuoteCategory[], category: QuoteCategory, step: -1 | 1): QuoteCategory | null {
  const categories = orderedCategories(order)
  const at = categories.indexOf(category)
  return categories[at + step] ?? null
}

/** The evaluation's result text for a work group ('' when none was written). */
export const resultOf = (results: readonly WorkGroupResult[], workGroupId: string): string =>
  results.find((r) => r.workGroupId === workGroupId)?.text ?? ''

/** New results with a work group's text set (a row is added when missing). */
export function setResult(results: readonly WorkGroupResult[], workGroupId: string, text: string): WorkGroupResult[] {
  if (!results.some((r) => r.workGroupId === workGroupId)) return [...results, { workGroupId, text }]
  return results.map((r) => (r.workGroupId === workGroupId ? { ...r, text } : r))
}

/** How many quotes each category holds (for the screen's counts). */
export function quoteCounts(quotes: readonly Quote[]): Record<QuoteCategory, number> {
  const counts = { learningYield: 0, structure: 0, groupDynamics: 0 } satisfies Record<QuoteCategory, number>
  for (const quote of quotes) counts[quote.category]++
  return counts
}
