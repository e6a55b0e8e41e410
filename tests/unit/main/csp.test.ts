import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8')

function cspMetas(source: string): string[] {
  const metas = source.match(/<meta\b[^>]*>/gis) ?? []
  return metas
    .filter((m) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(m))
    .map((m) => /content\s*=\s*"([^"]*)"/i.exec(m)?.[1] ?? /content\s*=\s*'([^']*)'/i.exec(m)?.[1] ?? '')
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) map.set(name.toLowerCase(), sources)
  }
  return map
}

describe('renderer/index.html Content-Security-Policy', () => {
  const metas = cspMetas(html)
  const policy = metas[0] ?? ''
  const csp = directives(policy)

  it('has exactly one CSP meta, in the head, before any script', () => {
    expect(metas).toHaveLength(1)
    const head = /<head>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? ''
    expect(head).toContain('Content-Security-Policy')
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  })

  it("default-src 'none' and script-src 'self'", () => {
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
  })

  it('allows no inline code, no eval and no network sources', () => {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", 'http:', 'https:', 'ws:', 'wss:', '*', 'blob:']) {
      for (const [name, sources] of csp) expect(sources, `${name} allows ${bad}`).not.toContain(bad)
    }
    expect(policy).not.toMatch(/unsafe-|https?:|\*/)
  })

  it('locks down the other directives', () => {
    for (const name of ['base-uri', 'form-action', 'object-src', 'frame-src', 'worker-src']) {
      expect(csp.get(name), name).toEqual(["'none'"])
    }
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:'])
    expect(csp.get('font-src')).toEqual(["'self'", 'data:'])
  })

  it("keeps the exact text style-src 'self' that the dev-server plugin rewrites", () => {
    expect(policy).toContain("style-src 'self';")
    expect(csp.get('style-src')).toEqual(["'self'"])
  })

  it('declares Dutch, UTF-8, a viewport and the title', () => {
    expect(html).toMatch(/<html\s+lang="nl"/i)
    expect(html).toMatch(/<meta\s+charset="UTF-8"/i)
    expect(html).toMatch(/<meta\s+name="viewport"/i)
    expect(html).toMatch(/<title>Werkbank<\/title>/)
  })
})
