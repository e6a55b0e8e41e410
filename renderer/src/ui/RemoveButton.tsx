import type { ButtonHTMLAttributes } from 'react'
import { TrashIcon } from './TrashIcon'

interface RemoveButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children' | 'aria-label' | 'title'> {
  /** The accessible name, e.g. "Verwijder actie 'Flyer maken'". */
  label: string
  /** The tooltip: the label when left out; `null` for none. */
  title?: string | null
  /** The smaller button of a dense row. */
  small?: boolean
}

/** An icon-only remove button: a waste bin whose name and tooltip say what goes. */
export function RemoveButton({ label, title, small = false, className, ...rest }: RemoveButtonProps) {
  const classes = ['btn btn-ghost', small && 'btn-small', 'btn-icon', className].filter(Boolean).join(' ')
  return (
    <button type="button" className={classes} aria-label={label} title={title === null ? undefined : (title ?? label)} {...rest}>
      <TrashIcon />
    </button>
  )
}
