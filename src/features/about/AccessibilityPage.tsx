// « Déclaration d'accessibilité »: what the app aims at, what is tested and how, and how to report a problem.
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

const TESTED = ['axe', 'lighthouse', 'keyboard', 'phone', 'zoom', 'motion', 'charts', 'languages'] as const;

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <div className="accessibility">
      <PageTitle>{t(($) => $.accessibility.title)}</PageTitle>
      <p>{t(($) => $.accessibility.commitment)}</p>
      <section aria-labelledby="a11y-status-h">
        <h2 id="a11y-status-h">{t(($) => $.accessibility.statusTitle)}</h2>
        <p>{t(($) => $.accessibility.status)}</p>
      </section>
      <section aria-labelledby="a11y-tested-h">
        <h2 id="a11y-tested-h">{t(($) => $.accessibility.testedTitle)}</h2>
        <ul>
          {TESTED.map((k) => (
            <li key={k}>{t(($) => $.accessibility.tested[k])}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-limits-h">
        <h2 id="a11y-limits-h">{t(($) => $.accessibility.limitsTitle)}</h2>
        <p>{t(($) => $.accessibility.limits)}</p>
      </section>
      <section aria-labelledby="a11y-contact-h">
        <h2 id="a11y-contact-h">{t(($) => $.accessibility.contactTitle)}</h2>
        <p>{t(($) => $.accessibility.contact)}</p>
      </section>
    </div>
  );
}
