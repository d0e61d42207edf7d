import type { Activity } from 'botbuilder';
import { randomUUID } from 'node:crypto';

export const TEST_TENANT = '7a1c0de0-0000-4000-8000-000000000001';

/** A Teams-shaped message activity as the Bot Framework service would POST it. */
export function teamsActivity(
  user: { aadObjectId: string; name: string },
  input: string | Partial<Activity>,
  opts: {
    serviceUrl?: string;
    tenantId?: string;
    locale?: string;
    conversationId?: string;
    expectReplies?: boolean;
  } = {},
): Partial<Activity> {
  const base = typeof input === 'string' ? { type: 'message', text: input } : input;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl ?? 'http://127.0.0.1:9/',
    locale: opts.locale ?? 'nl-NL',
    timestamp: new Date(),
    from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { id: '28:kansenwijzer', name: 'Kansenwijzer' },
    conversation: {
      id: opts.conversationId ?? `a:${user.aadObjectId}`,
      conversationType: 'personal',
      tenantId: opts.tenantId ?? TEST_TENANT,
      isGroup: false,
      name: '',
    },
    channelData: { tenant: { id: opts.tenantId ?? TEST_TENANT } },
    ...(opts.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
    ...base,
  };
}

/** POSTs an activity to /api/messages; with expectReplies the bot's replies come back in the body. */
export async function postActivity(
  botUrl: string,
  activity: Partial<Activity>,
  headers: Record<string, string> = {},
): Promise<{ status: number; replies: Partial<Activity>[] }> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let replies: Partial<Activity>[] = [];
  try {
    const body = JSON.parse(text) as { activities?: Partial<Activity>[] };
    replies = body.activities ?? [];
  } catch {
    /* not JSON (e.g. 401 or an empty 200) */
  }
  return { status: res.status, replies };
}
