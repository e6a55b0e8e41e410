import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkCommunityDetails } from '../../../../shared/logic/community'
import { useEdit, useProject } from '../../app/session-store'
import { TextField } from '../../ui/fields'

/**
 * The community's name. A name is required: while the field is empty it says so and the
 * stored name stays as it was. Undo and redo replace what is shown.
 */
export function NameField() {
  const { t } = useTranslation('profile')
  const stored = useProject((project) => project.community.name)
  const edit = useEdit()
  /** What the user typed, when it differs from the stored name (empty, or with outer spaces). */
  const [draft, setDraft] = useState<string | null>(null)
  /** The name this field last stored; a different stored name comes from undo, redo or a reload. */
  const [written, setWritten] = useState(stored)
  if (stored !== written) {
    setWritten(stored)
    setDraft(null)
  }

  const shown = draft ?? stored
  const problem = checkCommunityDetails({ name: shown, startDate: null, endDate: null }).name

  const change = (value: string) => {
    setDraft(value)
    const name = value.trim()
    if (name === '') return
    setWritten(name)
    edit(
      (project) => {
        project.community.name = name
      },
      { mergeKey: 'community:name' },
    )
  }

  return (
    <div onBlur={() => !problem && setDraft(null)}>
      <TextField
        label={t('community.name')}
        value={shown}
        onChange={change}
        required
        name="name"
        error={problem ? t(`community.${problem}`) : null}
      />
      {problem && <p className="field-hint profile-name-kept">{t('community.nameKept', { name: stored })}</p>}
    </div>
  )
}
