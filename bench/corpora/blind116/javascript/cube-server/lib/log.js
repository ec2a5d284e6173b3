function warnAuth(tenant, reason) {
  // expect: log-injection
  console.warn(`checkAuth rejected token for tenant=${tenant}: ${reason}`);
}

function infoExport(cube, rows) {
  console.info('export cube=%j rows=%d', cube, rows);
}

module.exports = { warnAuth, infoExport };
