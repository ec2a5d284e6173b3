const axios = require('axios');
const asyncWrapper = require('../../middleware/asyncWrapper');
const loadConfig = require('../../utils/loadConfig');

const useDocker = asyncWrapper(async (req, res) => {
  const { dockerHost: configuredHost } = await loadConfig();
  const host = req.query.host || configuredHost || 'localhost';
  const base = host.includes('localhost') ? 'http://localhost' : `http://${host}`;
  // expect: ssrf
  const { data: containers } = await axios.get(`${base}/containers/json?all=true`, { socketPath: host.includes('localhost') ? '/var/run/docker.sock' : undefined });
  res.json({ success: true, data: containers.length });
});

const useDockerConfigured = asyncWrapper(async (req, res) => {
  const { dockerHost } = await loadConfig();
  const { data: containers } = await axios.get(`http://${dockerHost}/containers/json`, { timeout: 5000 });
  res.json({ success: true, data: containers.length });
});

module.exports = { useDocker, useDockerConfigured };
