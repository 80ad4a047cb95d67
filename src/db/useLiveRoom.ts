// A live room opened for as long as a page shows it: Yjs and the relay's client (liveRoom.ts) are loaded
// then, and only then. Re-renders on every change of the room, its connection or its presence.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveRole, LiveRoomClient, LiveRoomView } from './liveRoom';

const NO_VIEW: LiveRoomView = { connected: false, closed: false, present: 0 };

export function useLiveRoom(
  relay: string | null,
  room: string | undefined,
  role: LiveRole,
): { client: LiveRoomClient | null; view: LiveRoomView; version: number } {
  const [client, setClient] = useState<LiveRoomClient | null>(null);
  useEffect(() => {
    if (!relay || !room) return;
    let opened: LiveRoomClient | null = null;
    let gone = false;
    void import('./liveRoom').then(({ LiveRoomClient }) => {
      if (gone) return;
      // The participant's copy is kept on the device: a result sent offline leaves when the network is back.
      opened = new LiveRoomClient({ relay, room, role, persist: role === 'participant' });
      setClient(opened);
    });
    return () => {
      gone = true;
      opened?.destroy();
      setClient(null);
    };
  }, [relay, room, role]);
  const [store] = useState(() => new ChangeCounter());
  useEffect(() => {
    if (!client) return;
    const unsubscribe = client.subscribe(store.bump);
    // What changed between the client's creation and this subscription (a quick connection) is read now.
    store.bump();
    return unsubscribe;
  }, [client, store]);
  const version = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { client, view: client ? client.view() : NO_VIEW, version };
}

/** A counter bumped on every change, for useSyncExternalStore. */
class ChangeCounter {
  private n = 0;
  private listeners = new Set<() => void>();
  get = () => this.n;
  bump = () => {
    this.n++;
    for (const l of this.listeners) l();
  };
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
