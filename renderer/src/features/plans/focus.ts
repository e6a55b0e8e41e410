/** Focus an element after React has rendered it (a new row's first field, the add button after a removal). */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus())
}
