// Owns the live room's shared document (Yjs) and its connection to the relay (y-websocket). It holds only
// what liveCrypto.ts sealed: `results` (snapshot id → opaque blob), `receipts` (snapshot id → true, written
// by the trainer), `state` (`closed`). Presence goes through awareness (a role, nothing else). Loaded
// only when a live workshop is open on a live origin: pages that do not use it never pay for Yjs.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

export type LiveRole = 'trainer' | 'participant';

export interface LiveRoomOptions {
  /** `ws(s)://host/relay`: the room is `<relay>/<room id>`. */
  readonly relay: string;
  readonly room: string;
  readonly role: LiveRole;
  /** Keep the document on the device (IndexedDB, keyed by room id), so an offline send survives. */
  readonly persist?: boolean;
  /** Node has no WebSocket before version 22: tests and the bench pass the `ws` package's. */
  readonly WebSocketPolyfill?: unknown;
}

export interface LiveRoomView {
  readonly connected: boolean;
  readonly closed: boolean;
  /** Participants connected now (awareness), the trainer not counted. */
  readonly present: number;
}

export class LiveRoomClient {
  readonly doc = new Y.Doc();
  readonly results: Y.Map<string>;
  readonly receipts: Y.Map<boolean>;
  readonly state: Y.Map<boolean>;
  readonly provider: WebsocketProvider;
  private local: { destroy: () => Promise<void> } | null = null;
  /** Resolves once the copy kept on the device (if any) is loaded. */
  readonly loaded: Promise<void>;

  constructor(options: LiveRoomOptions) {
    this.results = this.doc.getMap('results');
    this.receipts = this.doc.getMap('receipts');
    this.state = this.doc.getMap('state');
    this.loaded = options.persist ? this.keepLocally(options.room) : Promise.resolve();
    this.provider = new WebsocketProvider(options.relay, options.room, this.doc, {
      disableBc: true,
      ...(options.WebSocketPolyfill
        ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket }
        : {}),
    });
    this.provider.awareness.setLocalStateField('role', options.role);
  }

  private async keepLocally(room: string): Promise<void> {
    const { IndexeddbPersistence } = await import('y-indexeddb');
    const local = new IndexeddbPersistence(`qdee-live-${room}`, this.doc);
    this.local = local;
    await local.whenSynced;
  }

  view(): LiveRoomView {
    let present = 0;
    for (const [clientId, s] of this.provider.awareness.getStates())
      if (clientId !== this.doc.clientID && (s as { role?: unknown }).role === 'participant') present++;
    return {
      connected: this.provider.wsconnected,
      closed: this.state.get('closed') === true,
      present,
    };
  }

  /** Calls `listener` whenever the document, the connection or the presence changes. */
  subscribe(listener: () => void): () => void {
    this.doc.on('update', listener);
    this.provider.on('status', listener);
    this.provider.awareness.on('change', listener);
    return () => {
      this.doc.off('update', listener);
      this.provider.off('status', listener);
      this.provider.awareness.off('change', listener);
    };
  }

  /** Files a sealed result under its snapshot id; false when the room is closed. */
  put(snapshotId: string, blob: string): boolean {
    if (this.state.get('closed') === true) return false;
    this.results.set(snapshotId, blob);
    return true;
  }

  received(snapshotId: string): boolean {
    return this.receipts.get(snapshotId) === true;
  }

  markReceived(snapshotId: string): void {
    if (!this.received(snapshotId)) this.receipts.set(snapshotId, true);
  }

  close(): void {
    this.state.set('closed', true);
  }

  /**
   * Empties the room (results and receipts; it stays closed) and, once the relay has that state,
   * disconnects. Resolves true when the relay acknowledged it, false after `timeoutMs` without.
   */
  async clear(timeoutMs = 3000): Promise<boolean> {
    this.doc.transact(() => {
      this.results.clear();
      this.receipts.clear();
      this.state.set('closed', true);
    });
    const acknowledged = await this.whenSynced(timeoutMs);
    this.destroy();
    return acknowledged;
  }

  /** Resolves true once the relay has sent its state back (every local change reached it), false after a timeout. */
  whenSynced(timeoutMs: number): Promise<boolean> {
    if (!this.provider.wsconnected) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.provider.off('sync', onSync);
        resolve(ok);
      };
      const onSync = (synced: boolean) => synced && done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.provider.on('sync', onSync);
      // Ask the relay for its state again: it answers after applying what we sent.
      this.provider.synced = false;
      this.provider.ws?.send(syncRequest(this.doc));
    });
  }

  destroy(): void {
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    void this.local?.destroy();
    this.doc.destroy();
  }
}

/** A y-websocket « sync step 1 » message: message type 0 (sync), step 0, then the state vector. */
function syncRequest(doc: Y.Doc): Uint8Array<ArrayBuffer> {
  const vector = Y.encodeStateVector(doc);
  const length: number[] = [];
  for (let n = vector.length; ; n >>>= 7) {
    if (n < 0x80) {
      length.push(n);
      break;
    }
    length.push((n & 0x7f) | 0x80);
  }
  return Uint8Array.from([0, 0, ...length, ...vector]);
}
