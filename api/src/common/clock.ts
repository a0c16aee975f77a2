/**
 * The API's one source of time. Services ask it instead of calling `new Date()`, so tests can run
 * time standards in fake time (and the engine, which has no clock, is always handed this one's).
 */
export abstract class Clock {
  abstract now(): Date;

  iso(): string {
    return this.now().toISOString();
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that only moves when told to; for tests of time standards. */
export class FakeClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
