import { Injectable } from '@nestjs/common';
import type { Blueprint } from '@frontstage/engine';
import { DataSource } from 'typeorm';
import { runSql } from '../database/sql.js';
import { notFound } from '../common/api-error.js';
import { scopeSql, type Scoped } from '../estate/site-scope.js';
import { callbackFigures, callbackSteps, SATISFACTION_FIELD } from './callback-steps.js';
import { heatmap, type HeatEntry } from './heatmap.js';

@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Callback rate within the deadline and mean satisfaction, per blueprint and team, over [from, to], of the caller's sites. */
  async callbacks(scope: Scoped, from: string, to: string) {
    const sites = scopeSql(scope, 't.site_id', 3);
    const steps = await this.callbackStepsByBlueprint();
    const isCallback = (blueprint: string, step: string | null) =>
      step !== null && (steps.get(blueprint)?.has(step) ?? false);
    const deadlines = await runSql<{
      bp: string;
      team: string | null;
      step: string;
      status: string;
      n: number | string;
    }>(
      this.dataSource,
      `SELECT t.blueprint_key AS bp, t.team AS team, tm.step_id AS step, tm.status AS status, COUNT(*) AS n FROM timers tm JOIN tickets t ON t.id = tm.ticket_id
       WHERE tm.kind = 'breach' AND tm.status IN ('cancelled', 'fired') AND tm.settled_at >= $1 AND tm.settled_at <= $2${sites.sql} GROUP BY t.blueprint_key, t.team, tm.step_id, tm.status`,
      [from, to, ...sites.values],
    );
    const answered = await runSql<{
      bp: string;
      team: string | null;
      step: string | null;
      data: string | null;
    }>(
      this.dataSource,
      `SELECT a.blueprint_key AS bp, t.team AS team, a.from_state AS step, a.data AS data FROM audit_entries a JOIN tickets t ON t.id = a.ticket_id
       WHERE a.outcome = 'accepted' AND a.command = 'ticket.event' AND a.at >= $1 AND a.at <= $2 AND a.data LIKE $3${scopeSql(scope, 't.site_id', 4).sql}`,
      [from, to, `%"${SATISFACTION_FIELD}"%`, ...sites.values],
    );
    const answers = answered.flatMap((a) => {
      const score = a.data ? (JSON.parse(a.data) as Record<string, unknown>)[SATISFACTION_FIELD] : undefined;
      return isCallback(a.bp, a.step) && typeof score === 'number'
        ? [{ blueprint: a.bp, team: a.team, satisfaction: score }]
        : [];
    });
    const kept = deadlines
      .filter((d) => isCallback(d.bp, d.step))
      .map((d) => ({ blueprint: d.bp, team: d.team, status: d.status, n: Number(d.n) }));
    return { from, to, rows: callbackFigures(kept, answers) };
  }

  /** Callback steps of every published version, by blueprint key (versions may move them). */
  private async callbackStepsByBlueprint(): Promise<Map<string, Set<string>>> {
    const versions = await runSql<{ key: string; body: string }>(
      this.dataSource,
      'SELECT key, body FROM blueprint_versions',
    );
    const byKey = new Map<string, Set<string>>();
    for (const v of versions) {
      const found = callbackSteps(JSON.parse(v.body) as Blueprint);
      byKey.set(v.key, new Set([...(byKey.get(v.key) ?? []), ...found]));
    }
    return byKey;
  }

  /** Per step of one blueprint version, over [from, to], tickets of the caller's sites: passes, time spent, breaches, refusals, satisfaction. */
  async heatmap(scope: Scoped, key: string, version: number | undefined, from: string, to: string) {
    const [bp] = await runSql<{ version: number | string; body: string }>(
      this.dataSource,
      version === undefined
        ? 'SELECT version, body FROM blueprint_versions WHERE key = $1 ORDER BY version DESC LIMIT 1'
        : 'SELECT version, body FROM blueprint_versions WHERE key = $1 AND version = $2',
      version === undefined ? [key] : [key, version],
    );
    if (!bp) throw notFound('Blueprint version', version === undefined ? key : `${key}@${version}`);
    const v = Number(bp.version);
    const sites = scopeSql(scope, 't.site_id', 5);
    const ofSites = sites.sql
      ? ` AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = audit_entries.ticket_id${sites.sql})`
      : '';
    const rows = await runSql<{
      ticket_id: string;
      at: string;
      outcome: string;
      event_type: string | null;
      from_state: string | null;
      to_state: string | null;
      data: string | null;
      trace: string | null;
    }>(
      this.dataSource,
      `SELECT ticket_id, at, outcome, event_type, from_state, to_state, data, trace FROM audit_entries
       WHERE blueprint_key = $1 AND blueprint_version = $2 AND at >= $3 AND at <= $4 AND ticket_id IS NOT NULL${ofSites} ORDER BY ticket_id, seq`,
      [key, v, from, to, ...sites.values],
    );
    const entries: HeatEntry[] = rows.map((r) => ({
      ticketId: r.ticket_id,
      at: r.at,
      outcome: r.outcome,
      eventType: r.event_type,
      fromState: r.from_state,
      toState: r.to_state,
      data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null,
      trace: r.trace ? (JSON.parse(r.trace) as { flows?: string[] }) : null,
    }));
    const tickets = new Set(entries.map((e) => e.ticketId)).size;
    return {
      blueprint: key,
      version: v,
      from,
      to,
      tickets,
      entries: entries.length,
      steps: heatmap(JSON.parse(bp.body) as Blueprint, entries),
    };
  }

  /** Open tickets per team of the caller's sites: how many, how many at risk or late, and who they wait for. */
  async workload(scope: Scoped) {
    const sites = scopeSql(scope, 'site_id', 1);
    const rows = await runSql<{
      team: string | null;
      assigned: string;
      overdue: unknown;
      at_risk: unknown;
      cls: string;
      n: number | string;
    }>(
      this.dataSource,
      `SELECT team, assigned_roles AS assigned, overdue, at_risk, class AS cls, COUNT(*) AS n FROM tickets WHERE status = 'open'${sites.sql} GROUP BY team, assigned_roles, overdue, at_risk, class`,
      sites.values,
    );
    const teams = new Map<
      string,
      {
        team: string | null;
        open: number;
        emergency: number;
        atRisk: number;
        overdue: number;
        byRole: Record<string, number>;
      }
    >();
    for (const r of rows) {
      const key = r.team ?? '';
      const t = teams.get(key) ?? { team: r.team, open: 0, emergency: 0, atRisk: 0, overdue: 0, byRole: {} };
      const n = Number(r.n);
      t.open += n;
      if (r.cls === 'emergency') t.emergency += n;
      if (truthy(r.at_risk)) t.atRisk += n;
      if (truthy(r.overdue)) t.overdue += n;
      for (const role of r.assigned.split(',').filter(Boolean)) t.byRole[role] = (t.byRole[role] ?? 0) + n;
      teams.set(key, t);
    }
    return [...teams.values()].sort((a, b) => b.open - a.open);
  }
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1';
