import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../shared/examples/seeded-random'

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, so examples and benchmark projects never drift', () => {
    const a = seededRandom(20181107)
    const b = seededRandom(20181107)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
    // Pinned to mulberry32's known first value: a change to the generator would change the example's scores.
    expect(seededRandom(1)()).toBe(0.6270739405881613)
  })

  it('gives other numbers for another seed, all in [0, 1)', () => {
    const values = Array.from({ length: 1000 }, seededRandom(7))
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(seededRandom(8)()).not.toBe(seededRandom(7)())
  })
})
