// library: ssh2 (Client.exec)
const { Client } = require('ssh2');

const LOG_FILES = { app: '/var/log/app/app.log', nginx: '/var/log/nginx/access.log' };

function tailLog(conn, file, lines) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    conn.exec(`tail -n ${lines} ${file}`, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

function restartService(conn, service) {
  // expect: command-injection
  conn.exec('sudo systemctl restart ' + service, (err, stream) => stream && stream.resume());
}

function tailKnownLog(conn, name, lines) {
  const file = LOG_FILES[name];
  const n = Math.min(Math.max(Number.parseInt(lines, 10) || 100, 1), 5000);
  if (!file) throw new Error('unknown log');
  conn.exec(`tail -n ${n} ${file}`, (err, stream) => stream && stream.resume());
}

function uptime(conn) {
  conn.exec('uptime', (err, stream) => stream && stream.pipe(process.stdout));
}

function connect(host) {
  const conn = new Client();
  conn.connect({ host, username: 'deploy', privateKey: require('fs').readFileSync(process.env.DEPLOY_KEY_PATH) });
  return conn;
}

module.exports = { tailLog, restartService, tailKnownLog, uptime, connect };
