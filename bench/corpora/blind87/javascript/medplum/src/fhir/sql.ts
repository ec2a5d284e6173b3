import type { Pool } from 'pg';

export class SelectQuery {
  private readonly conditions: string[] = [];
  private readonly values: unknown[] = [];
  private orderColumn = '"lastUpdated"';

  constructor(private readonly schema: string, private readonly table: string) {}

  whereEquals(column: string, value: unknown): this {
    this.values.push(value);
    this.conditions.push(`"${column}" = $${this.values.length}`);
    return this;
  }

  whereExpression(expression: string): this {
    this.conditions.push(expression);
    return this;
  }

  orderBy(column: string, allowed: readonly string[]): this {
    if (allowed.includes(column)) {
      this.orderColumn = `"${column}"`;
    }
    return this;
  }

  async execute(pool: Pool) {
    const where = this.conditions.length ? ` WHERE ${this.conditions.join(' AND ')}` : '';
    // expect: sql-injection
    return pool.query(`SELECT content FROM "${this.schema}"."${this.table}"${where} ORDER BY ${this.orderColumn}`, this.values);
  }
}
