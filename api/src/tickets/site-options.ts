import { Inject, Injectable } from '@nestjs/common';
import type { Calendar, StepOptions } from '@frontstage/engine';
import { DataSource } from 'typeorm';
import { STEP_OPTIONS } from '../config/tokens.js';
import { runSql } from '../database/sql.js';

/** How long a site's calendar is trusted without reading it again (a site's calendar is edited rarely). */
const KEPT_MS = 2_000;

/**
 * The engine's StepOptions of a ticket's site: the site's own working calendar, or the company's
 * (FRONTSTAGE_CALENDAR) when it has none. Every start, step, timer and replay of a ticket uses its
 * site's, so time standards run on that site's working hours. Kept briefly: the event path reads it
 * for every command.
 */
@Injectable()
export class SiteOptions {
  private readonly kept = new Map<string, { until: number; options: StepOptions }>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(STEP_OPTIONS) private readonly company: StepOptions,
  ) {}

  /** The options for tickets of `siteId`. */
  async of(siteId: string): Promise<StepOptions> {
    const known = this.kept.get(siteId);
    if (known && known.until > Date.now()) return known.options;
    const [row] = await runSql<{ calendar: string | null }>(
      this.dataSource,
      'SELECT calendar FROM sites WHERE id = $1',
      [siteId],
    );
    const options = this.withCalendar(row?.calendar ? (JSON.parse(row.calendar) as Calendar) : null);
    this.kept.set(siteId, { until: Date.now() + KEPT_MS, options });
    return options;
  }

  /** The options for a site whose calendar the caller already read (intake reads the site anyway). */
  withCalendar(calendar: Calendar | null): StepOptions {
    return calendar ? { ...this.company, calendar } : this.company;
  }

  /** Forgets a site's options at once (after its calendar changed on this instance). */
  forget(siteId: string): void {
    this.kept.delete(siteId);
  }
}
