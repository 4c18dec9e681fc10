import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

export interface GatewayEvent {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeGateway {
  /** Every payload the bot sent (IDENTIFY, heartbeats…). */
  readonly received: GatewayEvent[];
  /** The query string of each connection (`v`, `encoding`, `compress`). */
  readonly connections: URLSearchParams[];
  waitFor(match: (e: GatewayEvent) => boolean, timeoutMs?: number): Promise<GatewayEvent>;
  dispatch(t: string, d: unknown): void;
  close(): Promise<void>;
}

/**
 * Discord's gateway, just enough for discord.js: HELLO (op 10), IDENTIFY (op 2) answered with
 * READY (op 0, no guilds, so the client is ready at once), heartbeats (op 1) acknowledged (op 11),
 * RESUME (op 6) answered with RESUMED, and dispatches on demand (held while no session is open). JSON encoding, no compression (zlib-sync is not installed).
 */
export function attachFakeGateway(server: Server, applicationId: string, heartbeatMs = 1000): FakeGateway {
  const wss = new WebSocketServer({ server, path: '/gateway' });
  const sockets = new Set<WebSocket>();
  // Sockets that identified or resumed; dispatches wait here while the bot reconnects.
  const ready = new Set<WebSocket>();
  const pending: { t: string; d: unknown }[] = [];
  const received: GatewayEvent[] = [];
  const connections: URLSearchParams[] = [];
  const listeners = new Set<() => void>();
  let seq = 0;

  const send = (ws: WebSocket, event: GatewayEvent) => ws.send(JSON.stringify(event));
  const dispatchTo = (ws: WebSocket, t: string, d: unknown) => {
    seq += 1;
    send(ws, { op: 0, t, s: seq, d });
  };

  const markReady = (ws: WebSocket) => {
    ready.add(ws);
    for (const event of pending.splice(0)) dispatchTo(ws, event.t, event.d);
  };

  wss.on('connection', (ws, req) => {
    sockets.add(ws);
    connections.push(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
    ws.on('close', () => {
      sockets.delete(ws);
      ready.delete(ws);
    });
    ws.on('message', (data) => {
      const event = JSON.parse(String(data)) as GatewayEvent;
      received.push(event);
      if (event.op === 2) {
        const { address, port } = server.address() as { address: string; port: number };
        dispatchTo(ws, 'READY', {
          v: 10,
          user: {
            id: applicationId,
            username: 'Kizuna',
            discriminator: '0000',
            global_name: null,
            avatar: null,
            bot: true,
          },
          guilds: [],
          session_id: 'fake-session',
          resume_gateway_url: `ws://${address}:${port}/gateway`,
          shard: (event.d as { shard?: [number, number] }).shard ?? [0, 1],
          application: { id: applicationId, flags: 0 },
        });
        markReady(ws);
      } else if (event.op === 6) {
        // RESUME after a dropped connection (e.g. a heartbeat missed while the bot was busy).
        dispatchTo(ws, 'RESUMED', null);
        markReady(ws);
      } else if (event.op === 1) {
        send(ws, { op: 11 });
      }
      for (const listener of listeners) listener();
    });
    send(ws, { op: 10, d: { heartbeat_interval: heartbeatMs } });
  });

  return {
    received,
    connections,
    waitFor(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`gateway: timed out; received ops ${received.map((e) => e.op).join(',') || 'none'}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    dispatch(t, d) {
      if (ready.size === 0) pending.push({ t, d });
      for (const ws of ready) dispatchTo(ws, t, d);
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
