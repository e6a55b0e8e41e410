/** Which part of the Bijeenkomsten screen is shown; kept outside the component so other screens can open a meeting. */
import { create } from 'zustand'

export const meetingSections = ['planning', 'roles', 'attendance', 'locations', 'holidays'] as const
export type MeetingSection = (typeof meetingSections)[number]
export const meetingTabs = ['details', 'agenda', 'roles', 'attendance', 'minutes'] as const
export type MeetingTab = (typeof meetingTabs)[number]

interface MeetingsView {
  section: MeetingSection
  /** The open meeting, or null for the overview. */
  meetingId: string | null
  tab: MeetingTab
  setSection(section: MeetingSection): void
  openMeeting(meetingId: string, tab?: MeetingTab): void
  closeMeeting(): void
  setTab(tab: MeetingTab): void
}

export const useMeetingsView = create<MeetingsView>()((set) => ({
  section: 'planning',
  meetingId: null,
  tab: 'details',
  setSection: (section) => set({ section, meetingId: null }),
  openMeeting: (meetingId, tab = 'details') => set({ meetingId, tab, section: 'planning' }),
  closeMeeting: () => set({ meetingId: null }),
  setTab: (tab) => set({ tab }),
}))
