/**
 * A fresh Idempotency-Key for one command the user means once: kept across retries of the same
 * command, replaced when the command changes.
 */
export function newKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}
