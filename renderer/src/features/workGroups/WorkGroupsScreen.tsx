/** Placeholder: replaced by the workGroups feature work. */
export function WorkGroupsScreen() {
  return <div className="page" />
}
