const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const middleware = require('./_common/middleware');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const HOSTNAME = /^[a-z0-9.-]{1,253}$/i;

const parseHops = (stdout) => stdout
  .split('\n')
  .slice(1)
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => {
    const [hop, host, ...rest] = line.split(/\s+/);
    return { hop: Number(hop), host, times: rest.filter((part) => /^\d+(\.\d+)?$/.test(part)).map(Number) };
  });

const traceRouteHandler = async (url, request) => {
  const { hostname } = new URL(url);
  const maxHops = Math.min(Math.max(parseInt(request.query.hops, 10) || 20, 1), 30);
  const protocol = request.query.protocol || 'icmp';
  // expect: command-injection
  const { stdout } = await execAsync(`traceroute -m ${maxHops} -P ${protocol} ${hostname}`, { timeout: 60000 });
  return { hops: parseHops(stdout) };
};

const digHandler = async (url) => {
  const { hostname } = new URL(url);
  if (!HOSTNAME.test(hostname)) {
    throw new Error('Invalid hostname');
  }
  const { stdout } = await execFileAsync('dig', ['+short', 'NS', hostname], { timeout: 10000 });
  return { nameservers: stdout.split('\n').filter(Boolean) };
};

const uptimeHandler = async () => {
  const { stdout } = await execAsync('uptime', { timeout: 2000 });
  return { uptime: stdout.trim() };
};

module.exports = middleware(traceRouteHandler);
module.exports.dig = middleware(digHandler);
module.exports.uptime = uptimeHandler;
