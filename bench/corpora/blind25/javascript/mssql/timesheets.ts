import sql from 'mssql';

const pool = new sql.ConnectionPool({ server: 'sql.internal', database: 'hr', options: { encrypt: true } });
const ready = pool.connect();

export async function hoursFor(employee: string) {
  await ready;
  return pool.request().input('employee', sql.NVarChar, employee).query('SELECT week, hours FROM timesheets WHERE employee = @employee');
}

export async function hoursForProject(project: string) {
  await ready;
  // expect: sql-injection
  return pool.request().query(`SELECT employee, hours FROM timesheets WHERE project = '${project}'`);
}

export async function hoursTagged(project: string) {
  await ready;
  return pool.request().query`SELECT employee, hours FROM timesheets WHERE project = ${project}`;
}

export async function purge(week: string) {
  await ready;
  // expect: sql-injection
  return pool.request().batch('DELETE FROM timesheets WHERE week = ' + week);
}
