// Every locale bundle, imported statically: for tests and tools only. The app loads the active
// language's bundles on demand (see index.ts), so the first page carries one language, not two.
import frCommon from './locales/fr/common.json';
import frContent from './locales/fr/content.json';
import frPostures from './locales/fr/postures.json';
import enCommon from './locales/en/common.json';
import enContent from './locales/en/content.json';
import enPostures from './locales/en/postures.json';

export const resources = {
  fr: { common: frCommon, content: frContent, postures: frPostures },
  en: { common: enCommon, content: enContent, postures: enPostures },
} as const;
