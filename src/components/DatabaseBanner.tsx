// Tells, at the top of every page, what went wrong with the stored data and the safe way on.
import { Component, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';

/** The same values as db/health.ts's DatabaseHealth (components do not import db/). */
export type DatabaseBannerStatus = 'ok' | 'quota' | 'blocked' | 'closed' | 'version-change' | 'newer-version';

const MESSAGE_KEYS = {
  'version-change': 'versionChange',
  closed: 'closed',
  blocked: 'blocked',
  'newer-version': 'newerVersion',
} as const;

export function DatabaseBanner({
  status,
  unsaved,
  onRetry,
  onReload = () => window.location.reload(),
}: {
  readonly status: DatabaseBannerStatus;
  /** How many failed writes wait to be retried. */
  readonly unsaved: number;
  /** Replays the writes that failed. */
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
  // A full disk with answers to retry, or one met before anything was given (the opening failed).
  const retryable = status === 'quota' && unsaved > 0;

  return (
    <div role="alert" className="alert db-banner">
      {status === 'quota' ? (
        <>
          <p>{t(($) => (retryable ? $.durability.banner.quota : $.durability.banner.quotaNothingLost))}</p>
          <p>
            <Trans
              i18nKey={($) =>
                retryable ? $.durability.banner.quotaHelp : $.durability.banner.quotaReloadHelp
              }
              components={{ datapage: <Link to={paths.data()} /> }}
            />
          </p>
        </>
      ) : (
        <p>{t(($) => $.durability.banner[MESSAGE_KEYS[status]])}</p>
      )}
      <div className="actions">
        {retryable ? (
          <button type="button" className="button" disabled={retrying} onClick={retry}>
            {retrying ? t(($) => $.durability.banner.retrying) : t(($) => $.durability.banner.retry)}
          </button>
        ) : (
          <button type="button" className="button" onClick={onReload}>
            {t(($) => $.durability.banner.reload)}
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
