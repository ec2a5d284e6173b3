// https: options object built elsewhere, then handed to an Agent / request
const https = require('https');
const fs = require('fs');

// expect: tls-verify-off
const agentOpts = { keepAlive: true, rejectUnauthorized: false };
const insecureAgent = new https.Agent(agentOpts);

const pinnedAgent = new https.Agent({
  keepAlive: true,
  ca: fs.readFileSync('/etc/ssl/internal-ca.pem'),
});

function fetchStatus(host, cb) {
  https.get({ host, path: '/status', agent: insecureAgent }, (res) => cb(null, res.statusCode)).on('error', cb);
}

function fetchStatusPinned(host, cb) {
  https.get({ host, path: '/status', agent: pinnedAgent }, (res) => cb(null, res.statusCode)).on('error', cb);
}

function postMetrics(body) {
  const options = { hostname: 'metrics.internal', port: 8443, path: '/ingest', method: 'POST' };
  // expect: tls-verify-off
  options.rejectUnauthorized = false;
  const req = https.request(options);
  req.end(JSON.stringify(body));
}

function postMetricsStrict(body) {
  const options = { hostname: 'metrics.internal', port: 8443, path: '/ingest', method: 'POST', rejectUnauthorized: true };
  const req = https.request(options);
  req.end(JSON.stringify(body));
}

module.exports = { fetchStatus, fetchStatusPinned, postMetrics, postMetricsStrict };
