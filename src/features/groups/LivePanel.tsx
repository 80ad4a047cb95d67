// A live workshop on the trainer's side: who is connected, what has arrived, and the room's controls.
// Each result in the room is opened (liveCrypto) and added through addReceivedProfile, as a result read
// from a QR code is (same duplicates, same refusals); an unreadable or altered one changes nothing.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openResult } from '../../domain/exchange/liveCrypto';
import type { Workshop } from '../../domain/workshop';
import { addReceivedProfile, setWorkshopLiveCleared } from '../../db/groups';
import { useLiveRoom } from '../../db/useLiveRoom';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function LivePanel({
  workshop,
  groupId,
  relay,
}: {
  readonly workshop: Workshop;
  readonly groupId: string;
  readonly relay: string;
}) {
  const { t } = useTranslation();
  const live = workshop.live;
  const cleared = live?.cleared === true;
  const { client, view, version } = useLiveRoom(relay, cleared ? undefined : live?.room, 'trainer');
  const [refused, setRefused] = useState(0);
  const [confirmClear, setConfirmClear] = useState(false);
  const [clearing, setClearing] = useState<'no' | 'busy' | 'unconfirmed'>('no');
  // Each blob is looked at once: `<snapshot id> <blob>`, so a blob replaced under the same id is read again.
  const seen = useRef(new Set<string>());

  useEffect(() => {
    if (!client || !live) return;
    for (const [snapshotId, blob] of client.results.entries()) {
      const key = `${snapshotId} ${blob}`;
      if (seen.current.has(key)) continue;
      // Closed: what arrives from now on is not taken.
      if (view.closed && !client.received(snapshotId)) continue;
      seen.current.add(key);
      void openResult(live, snapshotId, blob, workshop.id).then(async (snapshot) => {
        if (!snapshot) {
          setRefused((n) => n + 1);
          return;
        }
        await addReceivedProfile(groupId, snapshot);
        client.markReceived(snapshotId);
      });
    }
  }, [client, version, view.closed, live, groupId, workshop.id]);

  if (!live) return null;
  if (cleared)
    return (
      <section className="card no-print" aria-labelledby="live-h">
        <h2 id="live-h">{t(($) => $.live.title)}</h2>
        <p>{t(($) => $.live.cleared)}</p>
      </section>
    );

  const clear = async () => {
    setConfirmClear(false);
    if (!client) return;
    setClearing('busy');
    const acknowledged = await client.clear();
    if (!acknowledged) setClearing('unconfirmed');
    await setWorkshopLiveCleared(workshop.id);
  };

  return (
    <section className="card no-print" aria-labelledby="live-h">
      <h2 id="live-h">{t(($) => $.live.title)}</h2>
      <p>{t(($) => $.live.intro)}</p>
      <p role="status" className="arrivals">
        {t(($) => $.live.presence, {
          connected: t(($) => $.live.connected, { count: view.present }),
          received: t(($) => $.live.received, { count: client?.receipts.size ?? 0 }),
        })}
      </p>
      <p>{view.connected ? t(($) => $.live.relayUp) : t(($) => $.live.relayDown)}</p>
      {view.closed && <p>{t(($) => $.live.closedTrainer)}</p>}
      {refused > 0 && (
        <p role="alert" className="alert">
          {t(($) => $.live.refused, { count: refused })}
        </p>
      )}
      {clearing === 'unconfirmed' && (
        <p role="alert" className="alert">
          {t(($) => $.live.clearUnconfirmed)}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          disabled={!client || view.closed}
          onClick={() => client?.close()}
        >
          {t(($) => $.live.close)}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={!client || clearing === 'busy'}
          onClick={() => setConfirmClear(true)}
        >
          {t(($) => $.live.clear)}
        </button>
      </div>
      <ConfirmDialog
        open={confirmClear}
        title={t(($) => $.live.clearTitle)}
        body={t(($) => $.live.clearBody)}
        confirmLabel={t(($) => $.live.clear)}
        onConfirm={() => void clear()}
        onCancel={() => setConfirmClear(false)}
      />
    </section>
  );
}
