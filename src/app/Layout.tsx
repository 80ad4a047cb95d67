// The frame of every page: skip link, header with navigation and language (SiteNav), main content, footer.
import { lazy, Suspense, type ReactNode } from 'react';
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

/**
 * The header, `inert` until the app has taken the prerendered page over. Only this element renders
 * again when that happens: its children are the same elements, so React leaves them as they are.
 */
function Header({ children }: { children: ReactNode }) {
  return (
    <header className="site-header" inert={!useHydrated()}>
      {children}
    </header>
  );
}

/** The page's controls, disabled until the app has taken the prerendered page over (same as Header). */
function PageControls({ children }: { children: ReactNode }) {
  return (
    <fieldset className="page-controls" disabled={!useHydrated()} role="none">
      {children}
    </fieldset>
  );
}

/** The main content, `inert` until the app has taken the prerendered page over (same as Header). */
function Main({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} inert={!useHydrated()}>
      {children}
    </main>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t(($) => $.app.skipLink)}
      </a>
      <Header>
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
      </Header>
      <Main>
        <Suspense fallback={null}>
          <DatabaseStatus />
        </Suspense>
        <DatabaseErrorBoundary
          isDatabaseError={(error) => classifyError(error) !== null}
          onDatabaseError={reportDatabaseError}
        >
          {/* Until the app has taken the prerendered page over, its controls are disabled: nothing
              typed, ticked or chosen in that moment is silently dropped. */}
          <PageControls>
            <Suspense fallback={<p role="status">{t(($) => $.app.loading)}</p>}>
              <Outlet />
            </Suspense>
          </PageControls>
        </DatabaseErrorBoundary>
      </Main>
      <footer className="site-footer">
        <p>{t(($) => $.app.privacy)}</p>
        <p>{t(($) => $.app.source)}</p>
      </footer>
    </>
  );
}
