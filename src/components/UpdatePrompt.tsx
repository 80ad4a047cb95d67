// Owns the service worker on screen: registers it, says once that the app works offline, and offers a
// waiting new version without ever reloading by itself, so an update never interrupts an answer.
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // The polite live region stays in the page so that screen readers announce what appears in it. It
  // carries no status role itself: the page's own status messages stay the only ones most of the time.
  return (
    <div className="pwa-status" aria-live="polite">
      {needRefresh ? (
        <div className="pwa-notice" role="status">
          <p>{t(($) => $.pwa.updateAvailable)}</p>
          <div className="pwa-actions">
            <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
              {t(($) => $.pwa.reload)}
            </button>
            <button type="button" className="button secondary" onClick={() => setNeedRefresh(false)}>
              {t(($) => $.pwa.later)}
            </button>
          </div>
        </div>
      ) : offlineReady ? (
        <div className="pwa-notice">
          <p>{t(($) => $.pwa.offlineReady)}</p>
          <div className="pwa-actions">
            <button type="button" className="button secondary" onClick={() => setOfflineReady(false)}>
              {t(($) => $.pwa.dismiss)}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
