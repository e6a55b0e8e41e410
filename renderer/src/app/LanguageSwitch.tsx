import { useTranslation } from 'react-i18next'
import { languages } from '../../../shared/api'
import { useAppStore } from './app-store'
import { setLanguage } from './project-actions'

export function LanguageSwitch() {
  const { t } = useTranslation()
  const current = useAppStore((state) => state.language)
  return (
    <div className="lang-switch" role="group" aria-label={t('language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          title={t(`languages.${language}`)}
          onClick={() => void setLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
