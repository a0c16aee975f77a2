import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Health } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { CurrentUser, Public, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { runSql } from '../database/sql.js';
import { scopeSql } from '../estate/site-scope.js';
import { RequestMetrics } from './request-metrics.js';

@ApiTags('ops')
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestMetrics,
    private readonly clock: Clock,
  ) {}

  /** Liveness and database reachability; open so that load balancers can call it. */
  @Public()
  @Endpoint({
    summary: 'Liveness and database reachability',
    operationId: 'getHealth',
    answer: { schema: Health },
    public: true,
  })
  @Get('health')
  async health(): Promise<Health> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }

  /** Prometheus text: tickets by state and class, SLA breaches, request latency. */
  @Roles('supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'Prometheus metrics: tickets by state and class, breaches, request latency',
    operationId: 'getMetrics',
    answer: { contentType: 'text/plain', description: 'Prometheus text format 0.0.4' },
  })
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async metrics(@CurrentUser() user: CurrentUserData): Promise<string> {
    const now = this.clock.iso();
    // A supervisor of one site reads that site's figures; company-level callers (the scraper's account) all of them.
    const sites = scopeSql(user, 'site_id', 1);
    const byState = await runSql<{
      bp: string;
      state: string;
      cls: string;
      status: string;
      n: number | string;
    }>(
      this.dataSource,
      `SELECT blueprint_key AS bp, state, class AS cls, status, COUNT(*) AS n FROM tickets WHERE 1 = 1${sites.sql} GROUP BY blueprint_key, state, class, status`,
      sites.values,
    );
    const late = scopeSql(user, 't.site_id', 2);
    const [breaches] = await runSql<{ n: number | string }>(
      this.dataSource,
      `SELECT COUNT(DISTINCT t.id) AS n FROM tickets t WHERE (t.overdue = ${this.dataSource.options.type === 'postgres' ? 'true' : '1'} OR EXISTS (SELECT 1 FROM timers tm WHERE tm.ticket_id = t.id AND tm.kind = 'breach' AND tm.status = 'pending' AND tm.due < $1))${late.sql}`,
      [now, ...late.values],
    );
    const lines = [
      '# HELP frontstage_tickets Tickets by blueprint, state, class and status.',
      '# TYPE frontstage_tickets gauge',
    ];
    for (const r of byState)
      lines.push(
        `frontstage_tickets{blueprint="${r.bp}",state="${r.state}",class="${r.cls}",status="${r.status}"} ${Number(r.n)}`,
      );
    lines.push(
      '# HELP frontstage_sla_breaches Tickets past a time standard.',
      '# TYPE frontstage_sla_breaches gauge',
      `frontstage_sla_breaches ${Number(breaches?.n ?? 0)}`,
    );
    return `${lines.join('\n')}\n${this.requests.render()}\n`;
  }
}
