import type { ChannelName, OutboxItem } from '../notification.js';

/**
 * A way to reach someone outside the database. `deliver` resolves once the provider accepted the
 * message and throws otherwise (the worker retries later); it sends `item.id` as the provider's
 * idempotency key wherever the provider has one, so a retry after a lost answer is not a second message.
 */
export interface Channel {
  readonly name: ChannelName;
  /** Whether this channel can reach the recipient at all (an SMS needs a phone). */
  reaches(item: Pick<OutboxItem, 'recipient' | 'kind'>): boolean;
  deliver(item: OutboxItem): Promise<void>;
}

/** A provider's refusal or an unreachable provider, with what it said. */
export class DeliveryError extends Error {}

/** POSTs or GETs with a time limit, throwing a DeliveryError for anything but a 2xx. */
export async function send(url: string, init: RequestInit, timeoutMs = 10_000): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new DeliveryError(`${new URL(url).host} unreachable: ${(error as Error).message}`);
  }
  if (!res.ok)
    throw new DeliveryError(
      `${new URL(url).host} answered ${res.status}: ${(await res.text()).slice(0, 200)}`,
    );
  return res;
}
