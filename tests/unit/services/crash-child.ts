/**
 * Child process of crash.test.ts: saves successive versions of a ~200 KB project to the file
 * given as argument, through writeFileDurable, as fast as it can, until it is killed.
 * Every version is self-verifying: `version: n` and every element of `items` carries n.
 * After each completed save it prints `saved <n>`.
 */
import { readFile } from 'node:fs/promises'
import { writeFileDurable } from '../../../electron/services/durable-file'

const target = process.argv[2]
if (!target) throw new Error('usage: crash-child <file>')

const ITEMS = 750

function versionText(n: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `deelnemer-${i}`,
    n,
    name: `Deelnemer ${i} van versie ${n}`,
    notes: 'Werkt in de wijk Heerlen-Noord; sluit aan bij de werkgroep vroegsignalering. '.repeat(2),
  }))
  return `${JSON.stringify({ format: 'werkbank', schemaVersion: 1, version: n, items }, null, 2)}\n`
}

async function main(): Promise<void> {
  let n = 0
  try {
    n = (JSON.parse(await readFile(target!, 'utf8')) as { version: number }).version
  } catch {
    // First run: no file yet.
  }
  for (;;) {
    n++
    await writeFileDurable(target!, versionText(n))
    process.stdout.write(`saved ${n}\n`)
  }
}

void main()
