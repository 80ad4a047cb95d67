// "À propos": what the app is for, where its content comes from, and that data stays on the device.
import { useTranslation } from 'react-i18next';
import { SOURCES } from '../../domain/content/sources';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { paths } from '../../components/paths';

export function AboutPage() {
  const { t } = useTranslation();
  return (
    <div className="about">
      <PageTitle>{t(($) => $.about.title)}</PageTitle>
      <p>{t(($) => $.about.purpose)}</p>
      <p>{t(($) => $.about.mirror)}</p>
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t(($) => $.about.privacyTitle)}</h2>
        <p>{t(($) => $.about.privacy)}</p>
      </section>
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{t(($) => $.about.sourcesTitle)}</h2>
        <p>{t(($) => $.about.sourcesIntro)}</p>
        <ul className="sources">
          {SOURCES.map((s) => (
            <li key={s.id}>
              <span lang="fr">
                {s.author}, « {s.title} », {s.year ?? t(($) => $.about.noYear)}.
              </span>{' '}
              {t(($) => $.about.credit[s.id])}
            </li>
          ))}
        </ul>
        <p>{t(($) => $.about.thanks)}</p>
      </section>
      <p>
        <Link to={paths.accessibility()}>{t(($) => $.nav.accessibility)}</Link>
      </p>
    </div>
  );
}
