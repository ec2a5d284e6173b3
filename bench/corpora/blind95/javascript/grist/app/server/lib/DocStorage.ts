import * as sqlite3 from 'sqlite3';
import * as path from 'path';

const DOCS_ROOT = process.env.GRIST_DATA_DIR || '/persist/docs';

function quoteIdent(ident: string): string {
  return '"' + ident.replace(/"/g, '""') + '"';
}

export class DocStorage {
  private _open(docId: string): sqlite3.Database {
    if (!/^[\w-]+$/.test(docId)) { throw new Error('bad docId'); }
    return new sqlite3.Database(path.join(DOCS_ROOT, `${docId}.grist`), sqlite3.OPEN_READONLY);
  }

  public fetchRecords(docId: string, tableId: string, sort?: string): Promise<any[]> {
    const db = this._open(docId);
    const orderBy = sort ?? 'id';
    return new Promise((resolve, reject) => {
      // expect: sql-injection
      db.all(`SELECT * FROM ${quoteIdent(tableId)} ORDER BY ${orderBy}`, (err, rows) => err ? reject(err) : resolve(rows));
    });
  }

  public fetchRecordsSafe(docId: string, tableId: string, limit: number): Promise<any[]> {
    const db = this._open(docId);
    return new Promise((resolve, reject) => {
      db.all(`SELECT * FROM ${quoteIdent(tableId)} ORDER BY id LIMIT ?`, [limit], (err, rows) => err ? reject(err) : resolve(rows));
    });
  }
}
