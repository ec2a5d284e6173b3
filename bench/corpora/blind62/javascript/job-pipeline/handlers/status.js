const jobsTable = require('../lib/jobsTable');
const { json } = require('../lib/http');

// GET /jobs/{jobId}
exports.get = async (event) => {
  const job = await jobsTable.byId(event.pathParameters.jobId);
  if (!job) return json(404, { error: 'not found' });
  return json(200, job);
};

// GET /jobs?state=failed
exports.list = async (event) => {
  const owner = event.requestContext.authorizer.principalId;
  const { state = 'queued' } = event.queryStringParameters || {};
  const items = await jobsTable.byOwnerAndState(owner, state);
  return json(200, { items });
};

// GET /jobs/{jobId}/report
exports.report = async (event) => {
  const job = await jobsTable.byId(event.pathParameters.jobId);
  const title = (event.queryStringParameters || {}).title || 'Job report';
  const body = `<html><body><h1>${title}</h1><pre>${job ? 'found' : 'missing'}</pre></body></html>`;
  // expect: xss
  return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: body };
};
