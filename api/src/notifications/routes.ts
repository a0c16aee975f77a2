import type { ChannelName, Notification } from './notification.js';

/** What a channel needs to know to say whether it can take a notification. */
export interface Reach {
  name: ChannelName;
  reaches(n: Pick<Notification, 'recipient' | 'kind'>): boolean;
}

/**
 * The channels a notification goes by, one outbox row each: in-app for everything tied to a
 * ticket (the resident page, the staff console), every configured outside channel that can reach
 * the recipient, narrowed to `channels` when the caller names them. A sign-in code never goes in-app
 * (nobody is signed in to read it).
 * @example routes(n, [sms, webhook]) // ['in-app', 'sms', 'webhook']
 */
export function routes(
  n: Pick<Notification, 'recipient' | 'kind' | 'channels' | 'ticketId'>,
  outside: readonly Reach[],
): ChannelName[] {
  const all: ChannelName[] = [];
  if (n.ticketId !== null && n.kind !== 'resident.sign-in-code') all.push('in-app');
  for (const c of outside) if (c.reaches(n)) all.push(c.name);
  return n.channels ? all.filter((c) => n.channels!.includes(c)) : all;
}
