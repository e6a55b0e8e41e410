/** Texts of the workGroups screen. Dutch first (informal "je"); English is a full second language. */
export const nl = {
  title: '',
}

export const en: typeof nl = {
  title: '',
}
