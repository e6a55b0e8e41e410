/**
 * The logo, author and anonymisation chosen last in the export dialog, kept for the rest of the
 * session so the next report starts with them (never written to the project file).
 */
import { create } from 'zustand'
import type { ChosenImage } from '../../../../shared/api'
import type { ReportOptionsInput } from '../../../../shared/logic/report-options'

export type Anonymise = NonNullable<ReportOptionsInput['anonymise']>

interface ReportSettings {
  logo: ChosenImage | null
  author: string | null
  anonymise: Anonymise
  remember(settings: { logo: ChosenImage | null; author: string; anonymise: Anonymise }): void
}

export const useReportSettings = create<ReportSettings>()((set) => ({
  logo: null,
  author: null,
  anonymise: 'none',
  remember: ({ logo, author, anonymise }) => set({ logo, author, anonymise }),
}))
