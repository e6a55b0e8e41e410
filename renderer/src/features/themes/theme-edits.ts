/**
 * Every change the theme board makes to the project, as one hook. Each call is one edit:
 * autosaved within a second and one undo step (typing in one field merges by mergeKey).
 * Board edits start from the repaired board (normalizeColumns), so a hand-edited file is
 * put right by the first change made to it.
 */
import { original, type Draft } from 'immer'
import { useMemo } from 'react'
import {
  addColumn,
  addToCandidates,
  createTheme,
  mergeThemes,
  moveColumn,
  moveTheme,
  normalizeColumns,
  removeColumn,
  removeTheme,
  renameColumn,
  type ThemeDraft,
} from '../../../../shared/logic/board'
import { applyInsert, type DropIntent } from '../../../../shared/logic/board-drop'
import type { BoardColumn, ProjectFile, Theme } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { currentProject, useEdit } from '../../app/session-store'

export type EditableThemeFields = Pick<Theme, 'title' | 'description'>

export interface ThemeEdits {
  /** Adds a theme at the end of the candidate column and returns it. */
  add(draft: ThemeDraft): Theme
  /** Typing in the title or description: one burst of typing is one undo step. */
  update(id: string, patch: Partial<EditableThemeFields>): void
  /** Adds an empty learning question and returns its id. */
  addQuestion(id: string): string
  updateQuestion(id: string, questionId: string, text: string): void
  removeQuestion(id: string, questionId: string): void
  addSource(id: string, source: string): void
  removeSource(id: string, index: number): void
  /** Moves a theme to an index of a column (Infinity: to the bottom). */
  move(id: string, columnId: string, index: number): void
  /** A drop on the board: an insert moves the card, a merge merges it into the target. */
  drop(id: string, intent: DropIntent): void
  /** Merges theme `sourceId` into `targetId` (one undo step restores both). */
  merge(sourceId: string, targetId: string): void
  remove(id: string): void
  addColumn(title: string): string
  renameColumn(columnId: string, title: string): void
  moveColumn(columnId: string, toIndex: number): void
  removeColumn(columnId: string): void
}

/** The board columns of the project now, repaired the way the screen shows them. */
export const currentColumns = (): BoardColumn[] => {
  const project = currentProject()
  return project ? normalizeColumns(project.boardColumns, project.themes) : []
}

type BoardParts = Pick<ProjectFile, 'themes' | 'boardColumns' | 'interviews' | 'prioritisation' | 'workGroups'>

/** Replace the parts of the project a pure board function changed (same references stay as they are). */
function assignParts(draft: Draft<ProjectFile>, base: ProjectFile, next: BoardParts): void {
  if (next.themes !== base.themes) draft.themes = next.themes
  if (next.boardColumns !== base.boardColumns) draft.boardColumns = next.boardColumns
  if (next.interviews !== base.interviews) draft.interviews = next.interviews
  if (next.prioritisation !== base.prioritisation) draft.prioritisation = next.prioritisation
  if (next.workGroups !== base.workGroups) draft.workGroups = next.workGroups
}

export function useThemeEdits(): ThemeEdits {
  const edit = useEdit()
  return useMemo(() => {
    /** A change of the board parts, computed from the plain project with repaired columns. */
    const boardEdit = (change: (project: ProjectFile) => BoardParts) =>
      edit((draft) => {
        const base = original(draft) as ProjectFile
        const columns = normalizeColumns(base.boardColumns, base.themes)
        const next = change(columns === base.boardColumns ? base : { ...base, boardColumns: columns })
        assignParts(draft, base, next)
      })
    const columnsEdit = (change: (columns: BoardColumn[]) => BoardColumn[]) =>
      boardEdit((project) => ({ ...project, boardColumns: change(project.boardColumns) }))
    const withTheme = (id: string, change: (theme: Draft<Theme>) => void, mergeKey?: string) =>
      edit(
        (project) => {
          const theme = project.themes.find((t) => t.id === id)
          if (theme) change(theme)
        },
        mergeKey === undefined ? undefined : { mergeKey },
      )

    const merge = (sourceId: string, targetId: string) => boardEdit((project) => mergeThemes(project, sourceId, targetId))

    return {
      add(draft) {
        const theme = createTheme(newId('t-'), draft, () => newId('lq-'))
        boardEdit((project) => {
          const themes = [...project.themes, theme]
          return { ...project, themes, boardColumns: addToCandidates(project.boardColumns, themes, theme.id) }
        })
        return theme
      },
      update(id, patch) {
        const fields = Object.keys(patch).sort().join('+')
        withTheme(id, (theme) => Object.assign(theme, patch), `theme:${id}:${fields}`)
      },
      addQuestion(id) {
        const questionId = newId('lq-')
        withTheme(id, (theme) => {
          theme.learningQuestions.push({ id: questionId, text: '' })
        })
        return questionId
      },
      updateQuestion(id, questionId, text) {
        withTheme(
          id,
          (theme) => {
            const question = theme.learningQuestions.find((q) => q.id === questionId)
            if (question) question.text = text
          },
          `theme:${id}:question:${questionId}`,
        )
      },
      removeQuestion(id, questionId) {
        withTheme(id, (theme) => {
          theme.learningQuestions = theme.learningQuestions.filter((q) => q.id !== questionId)
        })
      },
      addSource(id, source) {
        const text = source.trim()
        if (text === '') return
        withTheme(id, (theme) => {
          if (!theme.sources.includes(text)) theme.sources.push(text)
        })
      },
      removeSource(id, index) {
        withTheme(id, (theme) => {
          theme.sources.splice(index, 1)
        })
      },
      move(id, columnId, index) {
        columnsEdit((columns) => moveTheme(columns, id, columnId, index))
      },
      drop(id, intent) {
        if (intent.kind === 'merge') merge(id, intent.targetId)
        else columnsEdit((columns) => applyInsert(columns, id, intent))
      },
      merge,
      remove(id) {
        boardEdit((project) => removeTheme(project, id))
      },
      addColumn(title) {
        const id = newId('col-')
        columnsEdit((columns) => addColumn(columns, { id, title }))
        return id
      },
      renameColumn(columnId, title) {
        columnsEdit((columns) => renameColumn(columns, columnId, title))
      },
      moveColumn(columnId, toIndex) {
        columnsEdit((columns) => moveColumn(columns, columnId, toIndex))
      },
      removeColumn(columnId) {
        columnsEdit((columns) => removeColumn(columns, columnId))
      },
    }
  }, [edit])
}
