import { TextArea } from '../../ui/fields'
import { type CommunityTextField, type ProfileTextKey, useCommunityText, useProfileText } from './profile-edits'

interface BoundProps {
  label: string
  hint?: string
  /** A field for a line or two (names of organisations) rather than paragraphs. */
  short?: boolean
}

const sizeClass = (short?: boolean) => (short ? 'profile-text profile-text-short' : 'profile-text')

/** A text area bound to one of the survey's open questions on the profile. */
export function ProfileTextArea({ field, label, hint, short }: BoundProps & { field: ProfileTextKey }) {
  const [value, set] = useProfileText(field)
  return <TextArea label={label} hint={hint} value={value} onChange={set} name={field} className={sizeClass(short)} rows={short ? 2 : 3} />
}

/** A text area bound to a text on the community itself (description, goal, commissioner …). */
export function CommunityTextArea({ field, label, hint, short }: BoundProps & { field: CommunityTextField }) {
  const [value, set] = useCommunityText(field)
  return <TextArea label={label} hint={hint} value={value} onChange={set} name={field} className={sizeClass(short)} rows={short ? 2 : 3} />
}
