import { Injectable } from '@nestjs/common';
import type { Blueprint } from '@frontstage/engine';
import { DataSource } from 'typeorm';
import { runSql } from '../database/sql.js';
import { callbackFigures, callbackSteps, SATISFACTION_FIELD } from './callback-steps.js';

@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Callback rate within the deadline and mean satisfaction, per blueprint and team, over [from, to]. */
  async callbacks(from: string, to: string) {
    const steps = await this.callbackStepsByBlueprint();
    const isCallback = (blueprint: string, step: string | null) => step !== null && (steps.get(blueprint)?.has(step) ?? false);
    const deadlines = await runSql<{ bp: string; team: string | null; step: string; status: string; n: number | string }>(
      this.dataSource,
      `SELECT t.blueprint_key AS bp, t.team AS team, tm.step_id AS step, tm.status AS status, COUNT(*) AS n FROM timers tm JOIN tickets t ON t.id = tm.ticket_id
       WHERE tm.kind = 'breach' AND tm.status IN ('cancelled', 'fired') AND tm.settled_at >= $1 AND tm.settled_at <= $2 GROUP BY t.blueprint_key, t.team, tm.step_id, tm.status`,
      [from, to],
    );
    const answered = await runSql<{ bp: string; team: string | null; step: string | null; data: string | null }>(
      this.dataSource,
      `SELECT a.blueprint_key AS bp, t.team AS team, a.from_state AS step, a.data AS data FROM audit_entries a JOIN tickets t ON t.id = a.ticket_id
       WHERE a.outcome = 'accepted' AND a.command = 'ticket.event' AND a.at >= $1 AND a.at <= $2 AND a.data LIKE $3`,
      [from, to, `%"${SATISFACTION_FIELD}"%`],
    );
    const answers = answered.flatMap((a) => {
      const score = a.data ? (JSON.parse(a.data) as Record<string, unknown>)[SATISFACTION_FIELD] : undefined;
      return isCallback(a.bp, a.step) && typeof score === 'number' ? [{ blueprint: a.bp, team: a.team, satisfaction: score }] : [];
    });
    const kept = deadlines.filter((d) => isCallback(d.bp, d.step)).map((d) => ({ blueprint: d.bp, team: d.team, status: d.status, n: Number(d.n) }));
    return { from, to, rows: callbackFigures(kept, answers) };
  }

  /** Callback steps of every published version, by blueprint key (versions may move them). */
  private async callbackStepsByBlueprint(): Promise<Map<string, Set<string>>> {
    const versions = await runSql<{ key: string; body: string }>(this.dataSource, 'SELECT key, body FROM blueprint_versions');
    const byKey = new Map<string, Set<string>>();
    for (const v of versions) {
      const found = callbackSteps(JSON.parse(v.body) as Blueprint);
      byKey.set(v.key, new Set([...(byKey.get(v.key) ?? []), ...found]));
    }
    return byKey;
  }
}
