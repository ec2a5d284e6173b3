'use strict';
/** MariaDB DAO over a mysql connection pool; every call returns a promise. */
module.exports = function mariaDao(pool) {
  function query(sql, params) {
    return new Promise((resolve, reject) => {
      pool.query(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
    });
  }

  async function deploymentByKey(deploymentKey) {
    const rows = await query('SELECT id, name, app_id FROM deployment WHERE deployment_key = ?', [deploymentKey]);
    return rows[0];
  }

  async function packageByLabel(deploymentId, label) {
    // expect: sql-injection
    const rows = await query(`SELECT p.* FROM package p JOIN deployment_package_history h ON h.package_id = p.id WHERE h.deployment_id = ${Number(deploymentId)} AND p.label = '${label}'`);
    return rows[0];
  }

  async function latestPackage(deploymentId) {
    const rows = await query(
      'SELECT p.* FROM package p JOIN deployment_package_history h ON h.package_id = p.id WHERE h.deployment_id = ? ORDER BY p.created_time DESC LIMIT 1',
      [deploymentId],
    );
    return rows[0];
  }

  async function insertMetric(deploymentId, label, status, clientUniqueId) {
    await query('INSERT INTO metric (deployment_id, label, status, client_unique_id, created_time) VALUES (?, ?, ?, ?, NOW())', [
      deploymentId,
      String(label),
      status,
      clientUniqueId ? String(clientUniqueId) : null,
    ]);
  }

  async function history(appId, deploymentName, limit) {
    const n = Math.min(Math.max(parseInt(limit, 10) || 50, 1), 200);
    return query(
      `SELECT p.* FROM package p JOIN deployment_package_history h ON h.package_id = p.id JOIN deployment d ON d.id = h.deployment_id
       WHERE d.app_id = ? AND d.name = ? ORDER BY p.created_time DESC LIMIT ${n}`,
      [appId, deploymentName],
    );
  }

  async function addPackage(deploymentId, pkg) {
    const result = await query('INSERT INTO package SET ?', [{
      label: pkg.label,
      app_version: pkg.appVersion,
      package_hash: pkg.packageHash,
      blob_url: pkg.blobUrl,
      description: pkg.description,
      size: pkg.size,
      rollout: pkg.rollout,
      created_time: new Date(),
    }]);
    await query('INSERT INTO deployment_package_history (deployment_id, package_id) VALUES (?, ?)', [deploymentId, result.insertId]);
    return result.insertId;
  }

  return { deploymentByKey, packageByLabel, latestPackage, insertMetric, history, addPackage };
};
