import { useTranslation } from 'react-i18next'
import type { ErrorCode } from '../../../shared/api'

export interface ShownError {
  code: ErrorCode
  message: string
  details?: string
  /** The file the error is about, when there is one: its name is shown above the message. */
  path?: string
}

/** The file name at the end of a path (Windows or POSIX). */
export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path

/** A bridge error in the user's language, with the technical details folded away. */
export function ErrorNotice({ error, fileName = error.path ? baseName(error.path) : undefined }: { error: ShownError; fileName?: string }) {
  const { t } = useTranslation()
  return (
    <div className="notice notice-error" role="alert" data-testid="error-notice" data-code={error.code}>
      <div>
        {fileName && <p><strong>{fileName}</strong></p>}
        <p>{t(`errors.${error.code}`)}</p>
        {(error.details || error.message) && (
          <details>
            <summary>{t('errors.details')}</summary>
            <p>{error.message}</p>
            {error.details && <p>{error.details}</p>}
          </details>
        )}
      </div>
    </div>
  )
}
