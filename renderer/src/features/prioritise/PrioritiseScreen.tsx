/** Placeholder: replaced by the prioritise feature work. */
export function PrioritiseScreen() {
  return <div className="page" />
}
