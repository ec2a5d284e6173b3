'use strict';
/** Update decisions for devices, on top of the DAO. */
const semver = require('semver');

module.exports = function acquisition(dao, weighted) {
  async function updateCheck({ deploymentKey, appVersion, packageHash, label, clientUniqueId }) {
    const deployment = await dao.deploymentByKey(deploymentKey);
    if (!deployment) {
      const err = new Error('Not found');
      err.status = 404;
      throw err;
    }
    const current = label ? await dao.packageByLabel(deployment.id, label) : null;
    const latest = await dao.latestPackage(deployment.id);
    const noUpdate = { isAvailable: false, shouldRunBinaryVersion: false, appVersion };
    if (!latest || latest.packageHash === packageHash) return noUpdate;
    if (!semver.satisfies(semver.coerce(appVersion) || '0.0.0', latest.appVersion)) {
      return Object.assign(noUpdate, { updateAppVersion: true });
    }
    if (current && current.isDisabled) return noUpdate;
    if (latest.rollout < 100 && !weighted(clientUniqueId, latest.rollout)) return noUpdate;
    return {
      isAvailable: true,
      downloadURL: latest.blobUrl,
      packageHash: latest.packageHash,
      label: latest.label,
      description: latest.description,
      isMandatory: Boolean(latest.isMandatory),
      packageSize: latest.size,
      appVersion: latest.appVersion,
    };
  }

  async function deployReportStatus({ deploymentKey, label, status, clientUniqueId, previousLabelOrAppVersion }) {
    const deployment = await dao.deploymentByKey(deploymentKey);
    if (!deployment || !label) return;
    await dao.insertMetric(deployment.id, label, status === 'DeploymentSucceeded' ? 'success' : 'failed', clientUniqueId);
    if (previousLabelOrAppVersion) {
      await dao.insertMetric(deployment.id, previousLabelOrAppVersion, 'replaced', clientUniqueId);
    }
  }

  async function downloadReportStatus({ deploymentKey, label, clientUniqueId }) {
    const deployment = await dao.deploymentByKey(deploymentKey);
    if (deployment) await dao.insertMetric(deployment.id, label, 'downloaded', clientUniqueId);
  }

  return { updateCheck, deployReportStatus, downloadReportStatus };
};
