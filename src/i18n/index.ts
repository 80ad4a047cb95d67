// Owns i18next: resources for French (default) and English, the remembered choice, and <html lang>.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import frCommon from './locales/fr/common.json';
import frContent from './locales/fr/content.json';
import frPostures from './locales/fr/postures.json';
import enCommon from './locales/en/common.json';
import enContent from './locales/en/content.json';
import enPostures from './locales/en/postures.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const resources = {
  fr: { common: frCommon, content: frContent, postures: frPostures },
  en: { common: enCommon, content: enContent, postures: enPostures },
} as const;

const STORAGE_KEY = 'qdee.language';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

function reflect(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

i18n.on('languageChanged', (lng) => {
  reflect(lng);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: LANGUAGES,
  defaultNS: 'common',
  ns: ['common', 'content', 'postures'],
  interpolation: { escapeValue: false },
  returnNull: false,
});
reflect(i18n.language);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'fr';
}

export default i18n;
