/** Placeholder: replaced by the themes feature work. */
export function ThemeBoardScreen() {
  return <div className="page" />
}
