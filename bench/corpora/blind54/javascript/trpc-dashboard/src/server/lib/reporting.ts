import type { Knex } from 'knex'

export type Interval = 'hour' | 'day' | 'week'

export function bucketExpr(interval: string): string {
  switch (interval) {
    case 'hour':
      return "date_trunc('hour', created_at)"
    case 'week':
      return "date_trunc('week', created_at)"
    default:
      return "date_trunc('day', created_at)"
  }
}

export function metricColumn(name: string): string {
  return `payload->>'${name}'`
}

export class ReportBuilder {
  private filters: string[] = []
  private bindings: unknown[] = []

  constructor(private readonly knex: Knex, private readonly org: string) {}

  whereEquals(column: 'status' | 'region', value: string) {
    this.filters.push(`${column} = ?`)
    this.bindings.push(value)
    return this
  }

  whereRawText(fragment: string) {
    this.filters.push(fragment)
    return this
  }

  async run(select: string) {
    const where = ['org = ?', ...this.filters].join(' AND ')
    // expect: sql-injection
    return this.knex.raw(`SELECT ${select} FROM events WHERE ${where}`, [this.org, ...this.bindings])
  }
}
