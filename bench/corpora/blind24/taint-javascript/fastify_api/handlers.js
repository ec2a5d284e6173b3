// Route handlers for the metrics API (Fastify).
const { exec } = require('child_process');
const { request } = require('undici');

async function queryMetric(req, reply) {
  const { name, since = '1h' } = req.query;
  // expect: sql-injection
  const { rows } = await this.pg.query(`SELECT ts, value FROM samples WHERE metric = '${name}' AND ts > now() - interval '${since}'`);
  return rows;
}

async function queryMetricSafe(req, reply) {
  const { name } = req.query;
  const { rows } = await this.pg.query('SELECT ts, value FROM samples WHERE metric = $1', [name]);
  return rows;
}

async function traceroute(req, reply) {
  const host = req.body.host;
  return new Promise((resolve) => {
    // expect: command-injection
    exec('traceroute -m 10 ' + host, (err, stdout) => resolve({ output: stdout }));
  });
}

async function probe(req, reply) {
  const target = req.body.target;
  // expect: ssrf
  const { statusCode } = await request(target);
  return { statusCode };
}

async function banner(req, reply) {
  // expect: xss
  reply.type('text/html').send(`<div class="banner">${req.query.text}</div>`);
}

async function bannerSafe(req, reply) {
  reply.type('text/plain').send(String(req.query.text));
}

module.exports = { queryMetric, queryMetricSafe, traceroute, probe, banner, bannerSafe };
