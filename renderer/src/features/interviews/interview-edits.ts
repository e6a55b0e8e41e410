/**
 * Every change the interviews screen makes to the project, as one hook. Each call is one edit:
 * autosaved within a second and one undo step (typing in one field merges by mergeKey).
 */
import { current, type Draft } from 'immer'
import { useMemo } from 'react'
import { addToCandidates, candidateColumn, createTheme } from '../../../../shared/logic/board'
import { chooseParticipant, createInterview, findThemeByTitle, indexById, type InterviewDraft } from '../../../../shared/logic/interviews'
import type { BoardColumn, Interview, ProjectFile, Theme } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { currentProject, useEdit } from '../../app/session-store'

/** Text fields the edit panel writes one keystroke at a time. */
export type InterviewTextField = 'who' | 'role' | 'organisation' | 'notes'

export interface InterviewEdits {
  /** Adds the interview, creating the new themes (by title) in the same undo step. */
  add(draft: InterviewDraft, newThemeTitles: readonly string[]): Interview
  updateText(id: string, field: InterviewTextField, value: string): void
  updateDate(id: string, date: string | null): void
  /** Chooses the participant interviewed (prefills role and organisation), or null for someone outside the group. */
  setParticipant(id: string, participantId: string | null): void
  linkTheme(id: string, themeId: string, linked: boolean): void
  /** Creates a theme (or finds one with the same title) and links it: one undo step. Returns its id. */
  createAndLinkTheme(id: string, title: string): string
  remove(id: string): void
}

/** The interview as it is now: event handlers read the store, so they never see a stale list. */
export const currentInterview = (id: string): Interview | undefined => currentProject()?.interviews.find((i) => i.id === id)

/** Where a new theme lands: the candidate column's title, for the message after creating one. */
export const candidateColumnTitle = (columns: readonly BoardColumn[], fallback: string): string => candidateColumn(columns)?.title ?? fallback

/** A theme named in an interview: a title only, for now. */
const themeTitled = (title: string): Theme => createTheme(newId('t-'), { title, description: '', learningQuestions: [] }, () => newId('lq-'))

export function useInterviewEdits(newColumnTitle: string): InterviewEdits {
  const edit = useEdit()
  return useMemo(() => {
    /** New themes go where the theme board puts new themes: the end of Ingebracht, in this order. */
    const addThemes = (p: Draft<ProjectFile>, added: readonly Theme[]) => {
      if (added.length === 0) return
      p.themes.push(...added)
      const themes = current(p.themes)
      let columns = current(p.boardColumns)
      for (const theme of added) columns = addToCandidates(columns, themes, theme.id, { candidate: newColumnTitle })
      p.boardColumns = columns
    }
    const withInterview = (id: string, change: (interview: Draft<Interview>, p: Draft<ProjectFile>) => void, mergeKey?: string) =>
      edit(
        (draft) => {
          const interview = draft.interviews.find((i) => i.id === id)
          if (interview) change(interview, draft)
        },
        mergeKey === undefined ? undefined : { mergeKey },
      )

    return {
      add(draft, newThemeTitles) {
        const themes = currentProject()?.themes ?? []
        const created = newThemeTitles.filter((title) => title.trim() !== '').map((title) => findThemeByTitle(themes, title) ?? themeTitled(title))
        const interview = createInterview(newId('i-'), { ...draft, themeIds: [...draft.themeIds, ...created.map((t) => t.id)] })
        edit((p) => {
          addThemes(p, created.filter((theme) => !p.themes.some((t) => t.id === theme.id)))
          p.interviews.push(interview)
        })
        return interview
      },
      updateText(id, field, value) {
        withInterview(id, (i) => {
          i[field] = value
        }, `interview:${id}:${field}`)
      },
      updateDate(id, date) {
        withInterview(id, (i) => {
          i.date = date
        }, `interview:${id}:date`)
      },
      setParticipant(id, participantId) {
        const participants = indexById(currentProject()?.participants ?? [])
        const participant = participantId === null ? undefined : participants.get(participantId)
        withInterview(id, (i) => {
          // No participant (someone outside the group): the description typed so far stays.
          if (participant === undefined) i.participantId = null
          else Object.assign(i, chooseParticipant(i, participant, participants))
        })
      },
      linkTheme(id, themeId, linked) {
        withInterview(id, (i) => {
          const has = i.themeIds.includes(themeId)
          if (linked && !has) i.themeIds.push(themeId)
          if (!linked && has) i.themeIds = i.themeIds.filter((t) => t !== themeId)
        })
      },
      createAndLinkTheme(id, title) {
        const existing = findThemeByTitle(currentProject()?.themes ?? [], title)
        const theme = existing ?? themeTitled(title)
        withInterview(id, (i, p) => {
          if (!existing) addThemes(p, [theme])
          if (!i.themeIds.includes(theme.id)) i.themeIds.push(theme.id)
        })
        return theme.id
      },
      remove(id) {
        edit((p) => {
          p.interviews = p.interviews.filter((i) => i.id !== id)
        })
      },
    }
  }, [edit, newColumnTitle])
}
