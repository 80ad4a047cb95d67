// Every locale bundle, imported statically: for tests and tools only. The app loads the active
// language's bundles on demand (see index.ts), so the first page carries one language, not two.
import frCommon from './locales/fr/common.json';
import frPages from './locales/fr/pages.json';
import frContent from './locales/fr/content.json';
import frPostures from './locales/fr/postures.json';
import frCafe from './locales/fr/cafe.json';
import enCommon from './locales/en/common.json';
import enPages from './locales/en/pages.json';
import enContent from './locales/en/content.json';
import enPostures from './locales/en/postures.json';
import enCafe from './locales/en/cafe.json';

export const resources = {
  fr: { common: frCommon, pages: frPages, content: frContent, postures: frPostures, cafe: frCafe },
  en: { common: enCommon, pages: enPages, content: enContent, postures: enPostures, cafe: enCafe },
} as const;
