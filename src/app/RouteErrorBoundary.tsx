// Owns what a page shows when it fails to render: a clear message in the reader's language and a way
// back (« Mes bilans », reload), never a blank page. It clears itself on the next navigation.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { paths } from '../components/paths';

interface BoundaryProps {
  /** Changes on every navigation: the failed page is then tried no longer. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly error: unknown;
  readonly resetKey: string;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <PageError error={this.state.error} />;
  }
}

function PageError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="page-error">
      <PageTitle>{t('pageError.title')}</PageTitle>
      <p role="alert" className="alert">
        {t('pageError.body')}
      </p>
      <p className="actions">
        <Link className="button" to={paths.home()}>
          {t('pageError.home')}
        </Link>
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </button>
      </p>
      <details>
        <summary>{t('pageError.detail')}</summary>
        <p>{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</p>
      </details>
    </div>
  );
}

/** Catches a page's render errors; the page is tried again after any navigation (the key of the location). */
export function RouteErrorBoundary({ children }: { readonly children: ReactNode }) {
  const location = useLocation();
  return <Boundary resetKey={location.key}>{children}</Boundary>;
}
