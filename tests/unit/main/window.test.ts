import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../electron/main/window'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs')
  const prefs = options.webPreferences ?? {}

  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['spellcheck', true],
  ] as const)('sets %s to %s explicitly', (key, value) => {
    expect(prefs[key]).toBe(value)
  })

  it('stays hidden until ready-to-show, with the light background and the title', () => {
    expect(options.show).toBe(false)
    expect(options.backgroundColor).toBe('#f6f7f9')
    expect(options.title).toBe('Werkbank')
  })

  it('opens at 1280×800 and never gets smaller than 1280×720', () => {
    expect([options.width, options.height]).toEqual([1280, 800])
    expect([options.minWidth, options.minHeight]).toEqual([1280, 720])
  })

  it('can turn the developer tools off (packaged app)', () => {
    expect(mainWindowOptions('/p.cjs', { devTools: false }).webPreferences?.devTools).toBe(false)
    expect(prefs.devTools).toBe(true)
  })
})
