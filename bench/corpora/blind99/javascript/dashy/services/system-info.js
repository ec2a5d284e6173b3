/* Returns basic info about the host system (no request input) */
const os = require('os');

module.exports = () => ({
  meta: { timestamp: new Date(), uptime: os.uptime(), hostname: os.hostname(), system: `${os.version()} (${os.platform()})` },
  memory: { total: os.totalmem(), freePercent: (os.freemem() / os.totalmem()).toFixed(2) },
});
