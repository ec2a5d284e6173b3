import { flowQueue } from '../../queues/flow.js';

const createConnectionChecked = async (_parent, params, context) => {
  context.currentUser.can('create', 'Connection');
  const { key, formattedData } = params.input;
  const connection = await context.currentUser.$relatedQuery('connections').insert({ key, formattedData, verified: false });
  await flowQueue.add('verify-connection-checked', { connectionId: connection.id, baseUrl: formattedData.instanceUrl, screenName: formattedData.screenName });
  return connection;
};

export default createConnectionChecked;
