/** Placeholder: replaced by the participants feature work. */
export function ParticipantsScreen() {
  return <div className="page" />
}
