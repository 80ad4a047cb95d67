// Owns i18next: French by default and English, the remembered choice, <html lang>, and loading each
// language's wording only when it is needed. Every bundle is its own chunk (precached for offline),
// read by i18next-resources-to-backend:
// - common: the frame and the home page (loaded before the first render);
// - pages: the wording of every other page, looked up through `fallbackNS`, so `t(($) => $.share.title)`
//   needs no namespace; content, postures, cafe: the instruments' texts. Routes load what they show.
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export { NAMESPACES, type Namespace } from './namespaces';
import type { Namespace } from './namespaces';

const STORAGE_KEY = 'qdee.language';

// One lazy chunk per language and namespace, fetched (from the precache when offline) on first use.
const bundles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');
const lazyBundles = resourcesToBackend((lng: string, ns: string) => {
  const load = bundles[`./locales/${lng}/${ns}.json`];
  return load ? load() : Promise.reject(new Error(`No ${lng}/${ns} bundle`));
});

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

/**
 * Switches language once the wording of every namespace already in use is loaded in it (i18next
 * loads them before it changes), so the page never shows keys.
 */
export async function changeLanguage(lng: Language): Promise<void> {
  await i18n.changeLanguage(lng);
}

/** Loads namespaces in the current language (once); later language changes load them too. */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  await i18n.loadNamespaces([...namespaces]);
}

const initial = storedLanguage();
reflect(initial);

/** Resolves when the first page's wording is loaded: the app renders after it. */
export const i18nReady: Promise<void> = i18n
  .use(lazyBundles)
  .use(initReactI18next)
  .init({
    lng: initial,
    // Every language has every key (a test checks it), so no other language is ever fetched.
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: 'pages',
    interpolation: { escapeValue: false },
    // i18next's own defaults, said: a key is then never tested for looking like a sentence (a
    // regular expression per call to `t`, 4 % of the profile's JavaScript at its start).
    keySeparator: '.',
    nsSeparator: ':',
    returnNull: false,
    react: { useSuspense: false, bindI18nStore: 'added' },
  })
  .then(() => undefined);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'fr';
}

export default i18n;
