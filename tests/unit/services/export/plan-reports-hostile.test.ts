/**
 * Hostile text in the plan and evaluation reports: control characters (which make a .docx
 * unopenable), lone surrogates, emoji, a 400-character word, and empty fields. Every report
 * still opens in LibreOffice and shows the text that can be shown. PDFs and PNG renders of the
 * first pages go to test-results/ (looked at, not committed).
 */
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildEvaluationReport } from '../../../../electron/services/export/documents/evaluation-report'
import { buildCommunityPlans, buildWorkGroupPlan } from '../../../../electron/services/export/documents/plan-report'
import { defaultReportContext } from '../../../../electron/services/export/documents/report-common'
import { packDocument } from '../../../../electron/services/export/pack'
import { buildHeerlenExample } from '../../../../shared/examples/heerlen'
import type { ProjectFile } from '../../../../shared/model'
import { readDocx } from '../../../support/docx-xml'
import { openInLibreOffice } from '../../../support/libreoffice'

const OUT = resolve('test-results/export-unit/plans-hostile')
const LONG = 'Preventieenvroegsignaleringsamenwerkingsovereenkomst'.repeat(8)
const CONTROL = 'Doel\u0000met\u0007controle\u000Btekens\u001F en een halve \uD83D surrogaat'

function hostileProject(): ProjectFile {
  const project = buildHeerlenExample()
  const [first, ...rest] = project.plans
  const plan = {
    ...first!,
    background: '',
    objective: `${CONTROL} 🚀🏘️ samen sterker 💪🏽`,
    intendedResults: `- ${LONG}\n- \n- Emoji in een lijst 👩‍👩‍👧`,
    learningQuestions: [{ id: 'lq-x', text: '' }, { id: 'lq-y', text: 'Vraag met tab\tteken en "aanhalingstekens" & <haken>' }],
    cycles: [{ id: 'cy-x', title: '', try: { text: LONG, date: null }, saw: { text: '', date: null }, learnt: { text: '\u0008', date: null }, implement: { text: '✅ klaar', date: '2019-05-01' } }],
    milestones: [{ id: 'ms-x', date: null, title: '', done: false }],
    evaluationApproach: '\r\n\r\n',
  }
  return {
    ...project,
    participants: project.participants.map((p, i) => (i === 3 ? { ...p, name: 'Annie 🌻 Kleijnen\u0001', discipline: '' } : p)),
    actions: [
      ...project.actions,
      { id: 'ax-1', what: `${LONG} ${CONTROL}`, ownerId: 'p-04', deadline: null, status: 'open', meetingId: null, agendaItemId: null, workGroupId: 'wg-01', createdAt: null, doneOn: null, notes: '' },
      { id: 'ax-2', what: '', ownerId: null, deadline: null, status: 'cancelled', meetingId: null, agendaItemId: null, workGroupId: 'wg-01', createdAt: null, doneOn: null, notes: '' },
    ],
    plans: [plan, ...rest],
    evaluation: {
      ...project.evaluation,
      quotes: [...project.evaluation.quotes, { id: 'qx', text: `${CONTROL} 😀 ${LONG}`, participantId: 'p-04', category: 'structure' }, { id: 'qy', text: '', participantId: null, category: 'groupDynamics' }],
      conclusion: '',
      challenges: [{ id: 'chx', kind: 'other', text: '\u0000' }],
    },
  }
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/

describe('reports with hostile text', () => {
  const project = hostileProject()
  const documents = [
    ['plan', () => buildWorkGroupPlan(project, 'wg-01', defaultReportContext(project))!],
    ['plannen', () => buildCommunityPlans(project, defaultReportContext(project))],
    ['evaluatie', () => buildEvaluationReport(project, defaultReportContext(project, { anonymise: 'initials' }))],
  ] as const
  for (const [name, build] of documents) {
    it(`${name}: no forbidden characters in the XML, and LibreOffice opens it`, async () => {
      const bytes = await packDocument(build())
      for (const [part, xml] of Object.entries(readDocx(bytes).parts)) expect(FORBIDDEN_IN_XML.test(xml), part).toBe(false)
      const path = join(OUT, `${name}.docx`)
      await import('node:fs/promises').then((fs) => fs.mkdir(OUT, { recursive: true }))
      await writeFile(path, bytes)
      const opened = await openInLibreOffice(path, { outDir: OUT, renderPages: 3, dpi: 50 })
      expect(opened.pageCount).toBeGreaterThan(1)
      if (name !== 'evaluatie') {
        expect(opened.flatText).toContain('Doelmetcontroletekens en een halve surrogaat')
        expect(opened.flatText).toContain('samen sterker')
      } else {
        expect(opened.flatText).toContain('Doelmetcontroletekens')
        expect(opened.flatText).not.toContain('Kleijnen')
      }
    }, 120_000)
  }
})
