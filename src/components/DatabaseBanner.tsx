// Tells, at the top of every page, what went wrong with the stored data and the safe way on.
import { Component, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';

/** The same values as db/health.ts's DatabaseHealth (components do not import db/). */
export type DatabaseBannerStatus = 'ok' | 'version-change' | 'closed' | 'quota';

const MESSAGE_KEYS = {
  'version-change': 'durability.banner.versionChange',
  closed: 'durability.banner.closed',
  quota: 'durability.banner.quota',
} as const;

export function DatabaseBanner({
  status,
  onRetry,
  onReload = () => window.location.reload(),
}: {
  readonly status: DatabaseBannerStatus;
  /** Replays the writes the full disk refused. */
  readonly onRetry: () => Promise<void>;
  readonly onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [retrying, setRetrying] = useState(false);
  if (status === 'ok') return null;

  const retry = () => {
    setRetrying(true);
    void onRetry()
      .catch(() => undefined)
      .finally(() => setRetrying(false));
  };

  return (
    <div role="alert" className="alert db-banner">
      <p>{t(MESSAGE_KEYS[status])}</p>
      {status === 'quota' && (
        <p>
          <Trans
            i18nKey="durability.banner.quotaHelp"
            components={{ datapage: <Link to={paths.data()} /> }}
          />
        </p>
      )}
      <div className="actions">
        {status === 'quota' ? (
          <button type="button" className="button" disabled={retrying} onClick={retry}>
            {retrying ? t('durability.banner.retrying') : t('durability.banner.retry')}
          </button>
        ) : (
          <button type="button" className="button" onClick={onReload}>
            {t('durability.banner.reload')}
          </button>
        )}
      </div>
    </div>
  );
}

interface BoundaryProps {
  /** Whether a render error is the database's (closed, upgraded elsewhere): then the banner says it. */
  readonly isDatabaseError: (error: unknown) => boolean;
  readonly onDatabaseError: (error: unknown) => void;
  readonly children: ReactNode;
}

/**
 * Once the database is closed, live queries fail while rendering. Those failures show nothing here and
 * leave the banner to explain; any other error goes on to the router's error page.
 */
export class DatabaseErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (this.props.isDatabaseError(error)) this.props.onDatabaseError(error);
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (this.props.isDatabaseError(error)) return null;
    throw error;
  }
}
