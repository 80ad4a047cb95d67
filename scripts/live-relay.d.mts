import type { Server } from 'node:http';
import type { Doc } from 'yjs';

export const RELAY_PATH: string;
export function attachRelay(
  server: Server,
  options?: { path?: string },
): { docs: Map<string, Doc & { conns: Map<unknown, unknown> }>; close: () => void };
