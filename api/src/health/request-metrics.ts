/** Request latency as a Prometheus histogram, fed by a Fastify onResponse hook. */
export class RequestMetrics {
  private static readonly BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${route.replace(/"/g, '')}",status="${status}"`;
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { counts: RequestMetrics.BUCKETS.map(() => 0), sum: 0, count: 0 }));
    RequestMetrics.BUCKETS.forEach((b, i) => {
      if (seconds <= b) s.counts[i]! += 1;
    });
    s.sum += seconds;
    s.count += 1;
  }

  render(): string {
    const lines = [
      '# HELP frontstage_http_request_duration_seconds Request latency.',
      '# TYPE frontstage_http_request_duration_seconds histogram',
    ];
    for (const [labels, s] of this.series) {
      RequestMetrics.BUCKETS.forEach((b, i) =>
        lines.push(`frontstage_http_request_duration_seconds_bucket{${labels},le="${b}"} ${s.counts[i]}`),
      );
      lines.push(`frontstage_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
      lines.push(`frontstage_http_request_duration_seconds_sum{${labels}} ${s.sum}`);
      lines.push(`frontstage_http_request_duration_seconds_count{${labels}} ${s.count}`);
    }
    return lines.join('\n');
  }
}
