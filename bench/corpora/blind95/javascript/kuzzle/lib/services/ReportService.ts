import { Backend } from 'kuzzle';
import { Client } from 'pg';

export class ReportService {
  private pg = new Client({ connectionString: process.env.REPORTS_PG_URL });

  constructor(private app: Backend) {
    void this.pg.connect();
  }

  async searchBy(tenant: string, field: string, value: string) {
    // expect: sql-injection
    const res = await this.pg.query(`SELECT id, title FROM reports WHERE tenant = $1 AND ${field} = '${value}'`, [tenant]);
    return res.rows;
  }

  async searchByTitle(tenant: string, value: string) {
    const res = await this.pg.query('SELECT id, title FROM reports WHERE tenant = $1 AND title = $2', [tenant, value]);
    return res.rows;
  }

  async pullRemote(source: string) {
    const url = source.includes('://') ? source : `https://${source}`;
    // expect: ssrf
    const res = await fetch(url);
    const body = await res.json();
    await this.app.sdk.document.create('analytics', 'remote-reports', body);
    return { imported: true };
  }
}
