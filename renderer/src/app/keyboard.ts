/**
 * Document-level shortcuts. Ctrl+Z always undoes the project edit (also inside text
 * fields: their text is project data, so the browser's own field undo would go out of
 * step with the project's history).
 */
import { useEffect } from 'react'
import { useSessionStore } from './session-store'

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

export function useGlobalShortcuts(onHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      const store = useSessionStore.getState()
      // A form whose text is not project data yet (a "new …" form) keeps the browser's own field undo.
      if (mod && (key === 'z' || key === 'y') && event.target instanceof Element && event.target.closest('[data-own-undo]')) return
      if (mod && !event.altKey && key === 'z') {
        event.preventDefault()
        if (event.shiftKey) store.redo()
        else store.undo()
      } else if (mod && !event.altKey && !event.shiftKey && key === 'y') {
        event.preventDefault()
        store.redo()
      } else if (event.key === '?' && !mod && !isTyping(event.target)) {
        event.preventDefault()
        onHelp()
      }
    }
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [onHelp])
}
