// library: AWS Lambda + axios promise chain
// axios promise chain: value from the request (header)
const axios = require('axios');

exports.handler = async (event) => {
  const param = event.headers?.['x-webhook'] ?? '';
  const num = 106;
  const bar = 7 * 18 + num > 200 ? 'status.example.com' : param;
  return axios.post(bar, { event: 'ping' }).then((r) => {
    return { statusCode: 200, body: JSON.stringify({ status: r.status }) };
  });
};
