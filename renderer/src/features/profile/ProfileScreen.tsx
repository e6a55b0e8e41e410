/** Placeholder: replaced by the profile feature work. */
export function ProfileScreen() {
  return <div className="page" />
}
