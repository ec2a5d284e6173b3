// library: child_process (ops script)
const { exec, execFile, execSync, spawn } = require('child_process');

function backupDatabase(dbName, outDir) {
  // expect: command-injection
  execSync(`pg_dump ${dbName} > ${outDir}/${dbName}.sql`);
}

function backupDatabaseSafe(dbName, outPath) {
  return new Promise((resolve, reject) => {
    execFile('pg_dump', ['--file', outPath, dbName], (err) => (err ? reject(err) : resolve()));
  });
}

function rotateLogs(service) {
  // expect: command-injection
  exec('logrotate -f /etc/logrotate.d/' + service, (err) => {
    if (err) console.error(err);
  });
}

function diskReport() {
  return execSync('df -h /', { encoding: 'utf8' });
}

function compress(file) {
  // expect: command-injection
  return spawn(`gzip -9 ${file}`, { shell: true });
}

function compressSafe(file) {
  return spawn('gzip', ['-9', file]);
}

module.exports = { backupDatabase, backupDatabaseSafe, rotateLogs, diskReport, compress, compressSafe };
