import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectPathFromArgv } from '../../../electron/main/argv'

describe('projectPathFromArgv', () => {
  it('finds an absolute project path after the executable', () => {
    expect(projectPathFromArgv(['/opt/Werkbank/werkbank', '/home/anna/Heerlen.werkbank.json'], '/')).toBe(
      '/home/anna/Heerlen.werkbank.json',
    )
  })

  it('resolves a relative path against the working directory of the instance that received it', () => {
    expect(projectPathFromArgv(['werkbank', 'Heerlen STAND-BY!.werkbank.json'], '/home/anna/Documenten')).toBe(
      resolve('/home/anna/Documenten', 'Heerlen STAND-BY!.werkbank.json'),
    )
  })

  it('skips Chromium switches a second instance gets, and the dev app path', () => {
    const argv = ['/usr/lib/electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1', '/p/a.werkbank.json']
    expect(projectPathFromArgv(argv, '/')).toBe('/p/a.werkbank.json')
    expect(projectPathFromArgv(['electron', '--x=/p/a.werkbank.json'], '/')).toBeNull()
  })

  it('is case-insensitive about the extension and takes the last match', () => {
    expect(projectPathFromArgv(['w', '/a.werkbank.json', '/B.WERKBANK.JSON'], '/')).toBe('/B.WERKBANK.JSON')
  })

  it('null without a project file', () => {
    expect(projectPathFromArgv([], '/')).toBeNull()
    expect(projectPathFromArgv(['werkbank', '/home/anna/notes.json', '/home/anna/x.werkbank.json.bak'], '/')).toBeNull()
  })
})
