/** Placeholder: replaced by the interviews feature work. */
export function InterviewsScreen() {
  return <div className="page" />
}
