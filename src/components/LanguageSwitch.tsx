// Switches between French and English; i18n remembers the choice and sets <html lang>.
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <button type="button" className="link-button" lang={next} onClick={() => void changeLanguage(next)}>
      <span aria-hidden="true">{t(($) => $.language.switchTo)}</span>
      <span className="visually-hidden">{t(($) => $.language.switchLabel)}</span>
    </button>
  );
}
