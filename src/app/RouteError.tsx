// What a page shows when it fails to load or to render (React Router's error boundary, one for every
// page): a clear message in the reader's language and a way back (« Mes bilans », reload), inside the
// frame, never a blank page; the next navigation tries again. A failure of the database itself is told
// by the banner (DatabaseStatus) instead.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { classifyError } from '../db/health';
import { PageTitle } from '../components/PageTitle';
import { paths } from '../components/paths';

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const database = classifyError(error) !== null;
  useEffect(() => {
    if (database) void import('../db/database').then(({ db }) => db.health.reportWriteError(error));
  }, [database, error]);
  if (database) return null;
  return (
    <div className="page-error">
      <PageTitle>{t(($) => $.pageError.title)}</PageTitle>
      <p role="alert" className="alert">
        {t(($) => $.pageError.body)}
      </p>
      <p className="actions">
        <Link className="button" to={paths.home()}>
          {t(($) => $.pageError.home)}
        </Link>
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>
          {t(($) => $.pageError.reload)}
        </button>
      </p>
      <details>
        <summary>{t(($) => $.pageError.detail)}</summary>
        <p>{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</p>
      </details>
    </div>
  );
}
