// The stock y-websocket relay (@y/websocket-server), attached to an existing HTTP server under one path:
// `ws(s)://host/relay/<room>`. It relays and keeps each room's document in memory (and in LevelDB when
// YPERSISTENCE=<dir> is set, the engine's own adapter); it never sees a key, only sealed blobs and ids.
import { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';

export const RELAY_PATH = '/relay';
/** A room id as the app makes them (liveRoom.ts: 16 random bytes, base64url); anything else is refused. */
const ROOM = /^[A-Za-z0-9_-]{22}$/;

/**
 * Answers WebSocket upgrades to `${path}/<room>` on `server`; any other upgrade is left alone (Vite's
 * own, for instance). Returns the rooms' documents (the relay's memory) and a way to stop.
 */
export function attachRelay(server, { path = RELAY_PATH } = {}) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const onUpgrade = (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://relay');
    if (!url.pathname.startsWith(`${path}/`)) return;
    const room = url.pathname.slice(path.length + 1);
    if (!ROOM.test(room)) {
      socket.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (conn) => setupWSConnection(conn, req, { docName: room }));
  };
  server.on('upgrade', onUpgrade);
  return {
    docs,
    close: () => {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
