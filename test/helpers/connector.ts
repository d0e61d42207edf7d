import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

export interface Connector {
  /** e.g. http://127.0.0.1:40123/ — put it in the activity's serviceUrl. */
  url: string;
  /** Every call the bot made, in order. */
  received: ConnectorCall[];
  /** The messages the bot sent in reply to one activity (typing indicators left out). */
  repliesTo(activityId: string): Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * A stand-in for the Bot Connector service on loopback: accepts what the bot POSTs/PUTs to serviceUrl
 * (`/v3/conversations/{id}/activities[/{replyToId}]`) and records it. Conversations listed in `forbidden`
 * answer 403, as Teams does when the user removed the app.
 */
export async function startConnector(forbidden: ReadonlySet<string> = new Set()): Promise<Connector> {
  const received: ConnectorCall[] = [];
  const byReplyTo = new Map<string, Record<string, unknown>[]>();
  let counter = 0;
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      const url = req.url ?? '';
      const blocked = [...forbidden].some((c) => url.includes(encodeURIComponent(c)) || url.includes(c));
      if (!blocked) {
        let body: Record<string, unknown> = {};
        try {
          body = data ? (JSON.parse(data) as Record<string, unknown>) : {};
        } catch {
          /* recorded as empty */
        }
        received.push({ method: req.method ?? '', path: url, body });
        const replyTo = typeof body.replyToId === 'string' ? body.replyToId : undefined;
        if (replyTo && body.type === 'message') {
          const list = byReplyTo.get(replyTo) ?? [];
          list.push(body);
          byReplyTo.set(replyTo, list);
        }
      }
      res.writeHead(blocked ? 403 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(blocked ? { error: { code: 'BotDisabledByAdmin' } } : { id: `r-${++counter}` }));
    });
  });
  // Many conversations at once: keep sockets alive and do not cap them.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    repliesTo: (id) => byReplyTo.get(id) ?? [],
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
