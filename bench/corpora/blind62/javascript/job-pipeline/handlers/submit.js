const { enqueue } = require('../lib/queue');
const jobsTable = require('../lib/jobsTable');
const { json, parseBody } = require('../lib/http');

const JOB_TYPES = new Set(['import-xml', 'restore-session', 'evaluate-formula', 'fetch-source']);

// POST /jobs  { "type": "...", "payload": { ... } }
exports.handler = async (event) => {
  const owner = event.requestContext && event.requestContext.authorizer && event.requestContext.authorizer.principalId;
  if (!owner) return json(401, { error: 'unauthorized' });

  const { type, payload = {} } = parseBody(event);
  if (!JOB_TYPES.has(type)) return json(400, { error: 'unknown job type' });

  const priority = (event.queryStringParameters || {}).priority === 'high' ? 'high' : 'normal';
  const id = await enqueue(type, payload, { owner, priority, sourceIp: event.requestContext.identity && event.requestContext.identity.sourceIp });
  await jobsTable.put({ id, type, state: 'queued', owner });
  return json(202, { id });
};
