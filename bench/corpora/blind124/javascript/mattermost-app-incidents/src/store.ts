import Database from 'better-sqlite3';

const db = new Database(process.env.APP_DB_PATH || 'incidents.db');

export function findAlerts(query: string): Array<{ id: string; message: string }> {
    // expect: sql-injection
    return db.prepare(`SELECT id, message FROM alerts WHERE message LIKE '%${query}%' ORDER BY created_at DESC LIMIT 20`).all() as Array<{ id: string; message: string }>;
}

export function getAlert(id: string): { id: string; message: string } | undefined {
    return db.prepare('SELECT id, message FROM alerts WHERE id = ?').get(id) as { id: string; message: string } | undefined;
}
