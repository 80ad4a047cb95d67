// Owns i18next: French by default and English, the remembered choice, <html lang>, and loading each
// language's wording only when it is needed (its bundles are separate chunks, precached for offline).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = ['common', 'content', 'postures'] as const;

const STORAGE_KEY = 'qdee.language';

// One lazy chunk per language and namespace.
const bundles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

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

/** Loads a language's bundles (once); resolves when its wording can be shown. */
export async function loadLanguage(lng: Language): Promise<void> {
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (i18n.hasResourceBundle(lng, ns)) return;
      const load = bundles[`./locales/${lng}/${ns}.json`];
      if (!load) throw new Error(`No ${lng}/${ns} bundle`);
      i18n.addResourceBundle(lng, ns, (await load()).default, true, true);
    }),
  );
}

/** Switches language once its wording is loaded, so the page never shows keys. */
export async function changeLanguage(lng: Language): Promise<void> {
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'fr',
  supportedLngs: LANGUAGES,
  defaultNS: 'common',
  ns: [...NAMESPACES],
  resources: {},
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false, bindI18nStore: 'added' },
});
reflect(initial);

/** Resolves when the first language's wording is loaded: the app renders after it. */
export const i18nReady: Promise<void> = loadLanguage(initial);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'fr';
}

export default i18n;
