// The pro-action café route: registers the facilitator's own wording, then shows its page.
import i18n from '../i18n';
import frCafe from '../i18n/locales/fr/cafe.json';
import enCafe from '../i18n/locales/en/cafe.json';
import { CafePage } from '../features/cafe/CafePage';

i18n.addResourceBundle('fr', 'cafe', frCafe, true, true);
i18n.addResourceBundle('en', 'cafe', enCafe, true, true);

export function CafeRoute() {
  return <CafePage />;
}
