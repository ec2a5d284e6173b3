const IDENTIFIER = /^[A-Za-z0-9_.\-*]+$/;

export class SqlQueryBuilder {
  private clauses: string[] = [];

  constructor(private readonly index: string) {}

  whereEquals(field: string, value: string): this {
    if (!IDENTIFIER.test(field)) throw new Error(`invalid field ${field}`);
    this.clauses.push(`${field} = '${value.replace(/'/g, "''")}'`);
    return this;
  }

  whereRaw(condition: string): this {
    this.clauses.push(condition);
    return this;
  }

  build(limit = 200): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(' AND ')}` : '';
    return `SELECT * FROM ${this.index}${where} LIMIT ${limit}`;
  }
}
