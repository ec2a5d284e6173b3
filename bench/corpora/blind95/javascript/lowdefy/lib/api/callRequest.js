import evaluateOperators from '../operators/evaluateOperators.js';
import connections from '../connections/index.js';

const ID = /^[A-Za-z0-9_-]+$/;

async function callRequest(context, { blockId, pageId, payload, requestId }) {
  const requestConfig = context.readConfigFile(context.buildDirectory, `api/requests/${pageId}/${requestId}.json`);
  if (!requestConfig) throw new Error(`Request "${requestId}" does not exist.`);
  const connectionConfig = ID.test(requestConfig.connectionId)
    ? context.readConfigFile(context.buildDirectory, `connections/${requestConfig.connectionId}.json`)
    : null;
  const properties = evaluateOperators({ input: requestConfig.properties, payload, user: context.user });
  const connection = connections[connectionConfig?.type ?? requestConfig.type];
  const resolver = connection.requests[requestConfig.type];
  return resolver({ blockId, connection: connectionConfig?.properties ?? {}, request: properties, payload });
}

export default callRequest;
