/**
 * A simple CORS proxy, for accessing external services from the browser
 * The target is given in the Target-URL header
 */
const axios = require('axios');

module.exports = (req, res) => {
  res.header('Access-Control-Allow-Origin', '*');
  res.header('Access-Control-Allow-Methods', 'GET, PUT, PATCH, POST, DELETE');
  res.header('Access-Control-Allow-Headers', req.header('access-control-request-headers') || '*');
  if (req.method === 'OPTIONS') {
    res.send();
    return;
  }
  const targetURL = req.header('Target-URL');
  if (!targetURL) {
    res.status(500).send({ error: 'There is no Target-URL header in the request' });
    return;
  }
  const headers = req.header('CustomHeaders') ? JSON.parse(req.header('CustomHeaders')) : {};
  const requestConfig = { method: req.method, url: targetURL, json: req.body, headers };
  // expect: ssrf
  axios.request(requestConfig)
    .then((response) => res.status(200).send(response.data))
    .catch((error) => res.status(500).send({ error }));
};
