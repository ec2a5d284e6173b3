export const config = {
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '127.0.0.1',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://metrics@localhost/metrics',
  exportDir: process.env.EXPORT_DIR ?? '/var/lib/metrics/exports',
  renderer: process.env.CHART_RENDERER ?? '/opt/charts/bin/render',
  webhookBase: 'https://hooks.metrics.example.com',
};

export const METRIC_COLUMNS: Record<string, string> = {
  cpu: 'cpu_pct',
  memory: 'mem_bytes',
  latency: 'p95_ms',
  errors: 'error_count',
};

export const INTERVALS = ['1 hour', '6 hours', '1 day', '7 days'] as const;
