// The frame of every page: skip link, header with navigation and language (SiteNav), main content, footer.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { DatabaseErrorBoundary } from '../components/DatabaseBanner';
import { classifyError } from '../db/health';
import { paths } from '../components/paths';
import { useHydrated } from '../components/hydrated';
import { SiteNav } from './SiteNav';

const DatabaseStatus = lazy(() => import('./DatabaseStatus').then((m) => ({ default: m.DatabaseStatus })));

/** A render failed because the database is closed: the health store hears of it (and the banner says it). */
function reportDatabaseError(error: unknown) {
  void import('../db/database').then(({ db }) => db.health.reportWriteError(error));
}

export function Layout() {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  return (
    <>
      <a className="skip-link" href="#main">
        {t(($) => $.app.skipLink)}
      </a>
      <header className="site-header" inert={!hydrated}>
        <div className="site-header-inner">
          <p className="site-title">
            {/* On a phone the title is its short form, on one line; its name stays the whole title. */}
            <NavLink to={paths.home()} aria-label={t(($) => $.app.title)}>
              <span className="title-full">{t(($) => $.app.title)}</span>
              <span className="title-short">{t(($) => $.app.shortTitle)}</span>
            </NavLink>
          </p>
          <SiteNav />
        </div>
      </header>
      <main id="main" tabIndex={-1} inert={!hydrated}>
        <Suspense fallback={null}>
          <DatabaseStatus />
        </Suspense>
        <DatabaseErrorBoundary
          isDatabaseError={(error) => classifyError(error) !== null}
          onDatabaseError={reportDatabaseError}
        >
          {/* Until the app has taken the prerendered page over, its controls are disabled: nothing
              typed, ticked or chosen in that moment is silently dropped. */}
          <fieldset className="page-controls" disabled={!hydrated} role="none">
            <Suspense fallback={<p role="status">{t(($) => $.app.loading)}</p>}>
              <Outlet />
            </Suspense>
          </fieldset>
        </DatabaseErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t(($) => $.app.privacy)}</p>
        <p>{t(($) => $.app.source)}</p>
      </footer>
    </>
  );
}
