/**
 * The last `capacity` keys seen, in a ring: `add` says whether a key is new. Cheap protection
 * against delivering one change twice when a NOTIFY is re-sent after a connection broke mid-reply.
 * @example const seen = new RecentKeys(2); seen.add('a') === true; seen.add('a') === false
 */
export class RecentKeys {
  private readonly ring: (string | undefined)[];
  private readonly present = new Set<string>();
  private next = 0;

  constructor(readonly capacity: number) {
    this.ring = new Array<string | undefined>(capacity);
  }

  add(key: string): boolean {
    if (this.present.has(key)) return false;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.present.delete(evicted);
    this.ring[this.next] = key;
    this.present.add(key);
    this.next = (this.next + 1) % this.capacity;
    return true;
  }
}
