import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Health } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { Public, Roles } from '../common/roles.decorator.js';
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
  async metrics(): Promise<string> {
    const now = this.clock.iso();
    const byState = (await this.dataSource.query(
      'SELECT blueprint_key AS bp, state, class AS cls, status, COUNT(*) AS n FROM tickets GROUP BY blueprint_key, state, class, status',
    )) as { bp: string; state: string; cls: string; status: string; n: number | string }[];
    const [breaches] = (await this.dataSource.query(
      `SELECT COUNT(DISTINCT t.id) AS n FROM tickets t WHERE t.overdue = ${this.dataSource.options.type === 'postgres' ? 'true' : '1'} OR EXISTS (SELECT 1 FROM timers tm WHERE tm.ticket_id = t.id AND tm.kind = 'breach' AND tm.status = 'pending' AND tm.due < $1)`.replace(
        '$1',
        this.dataSource.options.type === 'postgres' ? '$1' : '?',
      ),
      [now],
    )) as { n: number | string }[];
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
