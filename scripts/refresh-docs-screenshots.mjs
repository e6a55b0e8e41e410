#!/usr/bin/env node
/**
 * Copy the chosen e2e screenshots into docs/ for the README. Run on purpose after
 * `npm run test:e2e`, look at the result, and commit it: docs/ never changes by itself.
 */
import { copyFileSync, existsSync } from 'node:fs'

const chosen = ['start-recent', 'overview', 'profile', 'participants-list', 'interviews', 'themes-board', 'prioritise-ranking', 'work-groups', 'meetings-overview', 'agenda-builder', 'chairing-view', 'actions-list', 'phases-matrix', 'phases-tracking', 'phases-guidance', 'plans-editor', 'evaluation', 'export-menu-open']
let missing = 0
for (const name of chosen) {
  const from = `tests/e2e/screenshots/${name}.png`
  if (!existsSync(from)) {
    console.error(`missing ${from}: run npm run test:e2e first`)
    missing++
    continue
  }
  copyFileSync(from, `docs/${name}.png`)
  console.log(`docs/${name}.png`)
}
process.exit(missing ? 1 : 0)
