import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, setLanguage } from '../i18n/i18n';
import { Icon } from './Icon';

// Each language is named in itself, so a reader finds theirs whatever is showing now.
const NAMES: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const value = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'id';
  return (
    <div className="lang-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <Icon name="globe" className="lang-switch-icon" />
      <select id={id} value={value} onChange={(event) => void setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {NAMES[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
