// Types `t()` with the app's wording (src/i18n/wording.d.ts, generated from the French bundles):
// keys are chosen with a selector, `t(($) => $.profile.title)`, and a key that no bundle has fails
// the typecheck. `optimize`: TypeScript reads the keys as plain properties, which keeps it fast.
import 'i18next';
import type { Resources } from './wording';

declare module 'i18next' {
  interface CustomTypeOptions {
    enableSelector: 'optimize';
    defaultNS: 'common';
    // At run time a key not in `common` is looked up in `pages` (fallbackNS): for the types, the
    // default namespace has both.
    resources: Omit<Resources, 'common'> & { readonly common: Resources['common'] & Resources['pages'] };
  }
}
