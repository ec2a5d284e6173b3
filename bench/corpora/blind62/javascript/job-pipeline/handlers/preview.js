const processors = require('../lib/processors');
const { json, parseBody } = require('../lib/http');

// POST /jobs/preview — runs the cheap processors inline so the UI can show a preview.
exports.handler = async (event) => {
  const body = parseBody(event);
  const kind = (event.queryStringParameters || {}).kind;
  let fn;
  switch (kind) {
    case 'xml':
      fn = processors['import-xml-safe'];
      break;
    case 'snapshot':
      fn = processors['restore-session-safe'];
      break;
    default:
      fn = processors['fetch-source-safe'];
  }
  try {
    return json(200, await fn(body));
  } catch (err) {
    return json(400, { error: err.message });
  }
};
