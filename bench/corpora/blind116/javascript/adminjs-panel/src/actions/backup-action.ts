import { ActionRequest } from 'adminjs';
import { exec, execFile } from 'child_process';

const TABLE_RE = /^[a-z_][a-z0-9_]{0,62}$/;

export const backupAction = async (request: ActionRequest) => {
  const { table, label } = request.payload ?? {};
  const name = label || `backup-${Date.now()}`;
  if (TABLE_RE.test(table)) {
    execFile('pg_dump', ['--table', table, '--file', `/var/backups/${Date.now()}.sql`, process.env.DATABASE_URL as string]);
  } else {
    // expect: command-injection
    exec(`pg_dump --table ${table} --file /var/backups/${name}.sql "$DATABASE_URL"`);
  }
  return { notice: { message: 'backup started', type: 'success' } };
};
