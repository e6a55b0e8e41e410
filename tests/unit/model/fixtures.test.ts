import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { parseProjectText, serializeProject } from '../../../shared/model'
import { buildNetworkFixtures } from '../../fixtures/networks'
import { HEERLEN_FIXTURE, NETWORKS_DIR, fixturePath, readFixtureText } from '../../fixtures/paths'

const REGENERATE = 'Werk de fixtures bij met: npx tsx tests/fixtures/build-fixtures.ts'

/** Git on Windows may check files out with CRLF; the content is what matters. */
const lf = (text: string) => text.replace(/\r\n/g, '\n')

describe('generated fixtures match their sources', () => {
  it(`${HEERLEN_FIXTURE} equals the serialized example`, () => {
    expect(lf(readFixtureText(HEERLEN_FIXTURE)), REGENERATE).toBe(serializeProject(buildHeerlenExample()))
  })

  it.each(buildNetworkFixtures().map((n) => [n.fileName, n] as const))('networks/%s equals its source', (fileName, n) => {
    expect(lf(readFixtureText(NETWORKS_DIR, fileName)), REGENERATE).toBe(serializeProject(n.project))
  })

  it('networks/ holds exactly the generated files', () => {
    const onDisk = readdirSync(fixturePath(NETWORKS_DIR)).sort()
    expect(onDisk, REGENERATE).toEqual(buildNetworkFixtures().map((n) => n.fileName).sort())
  })

  it('has four or five networks with distinct community ids', () => {
    const ids = buildNetworkFixtures().map((n) => n.project.community.id)
    expect(ids.length).toBeGreaterThanOrEqual(4)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('every valid fixture opens as a current project', () => {
  const files = [
    [HEERLEN_FIXTURE],
    ['unknown-keys.werkbank.json'],
    ...buildNetworkFixtures().map((n) => [NETWORKS_DIR, n.fileName]),
  ]
  it.each(files)('%s %s', (...segments: string[]) => {
    const opened = parseProjectText(readFixtureText(...segments))
    expect(opened.ok, JSON.stringify(opened)).toBe(true)
    if (opened.ok) expect(opened.value.fileSchemaVersion).toBe(1)
  })
})
