// A workshop result sent live (the bilan came from a live join link on a live origin): sealed for the
// room (liveCrypto), filed in the room under its snapshot id, then « Reçu » once the trainer's receipt
// arrives. The room is kept on the device meanwhile, so a result sent offline leaves once back online.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sealResult } from '../../domain/exchange/liveCrypto';
import type { LiveRoom } from '../../domain/exchange/liveRoom';
import type { ProfileSnapshot } from '../../domain/exchange/snapshot';
import type { useLiveRoom } from '../../db/useLiveRoom';

export function LiveSend({
  room,
  live: { client, view },
  snapshot,
}: {
  readonly room: LiveRoom;
  /** The room, opened by the page as soon as it shows (the trainer sees who is there). */
  readonly live: ReturnType<typeof useLiveRoom>;
  readonly snapshot: ProfileSnapshot;
}) {
  const { t } = useTranslation();
  // By value: the bilan is read again on every change, and the result must be sealed once.
  const { room: roomId, key } = room;
  const [put, setPut] = useState<'sending' | 'sent' | 'closed'>('sending');

  useEffect(() => {
    if (!client) return;
    let gone = false;
    void (async () => {
      const blob = await sealResult({ room: roomId, key }, snapshot);
      await client.loaded;
      if (!gone) setPut(client.put(snapshot.id, blob) ? 'sent' : 'closed');
    })();
    return () => {
      gone = true;
    };
  }, [client, roomId, key, snapshot]);

  const received = client?.received(snapshot.id) === true;
  const closed = put === 'closed' || (view.closed && !received);
  return (
    <section className="card shared" aria-labelledby="live-send-h">
      <h2 id="live-send-h">{t(($) => $.live.sendTitle)}</h2>
      <p role="status" className={closed ? 'alert' : 'notice'}>
        {closed
          ? t(($) => $.live.roomClosed)
          : received
            ? t(($) => $.live.receivedByTrainer)
            : put === 'sent'
              ? t(($) => $.live.sent)
              : t(($) => $.live.sending)}
      </p>
      {put === 'sent' && !received && !closed && !view.connected && <p>{t(($) => $.live.offline)}</p>}
    </section>
  );
}
