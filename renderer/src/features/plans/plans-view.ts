/** Which work group's plan is shown; kept outside the screen so it is still chosen after a visit to Acties. */
import { create } from 'zustand'

interface PlansView {
  /** The chosen work group, or null for the first one (an id of another project falls back to that too). */
  workGroupId: string | null
  select(workGroupId: string): void
}

export const usePlansView = create<PlansView>()((set) => ({
  workGroupId: null,
  select: (workGroupId) => set({ workGroupId }),
}))
