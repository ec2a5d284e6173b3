import { checkPermission } from '@erxes/api-utils/src/permissions';

import { IContext } from '../../../connectionResolver';
import { sendPublicRequest, sendRequest } from '../../../utils/requests';

interface IWebhookInput {
  actions: { label: string; type: string; action: string }[];
  url: string;
}

const webhookMutations = {
  async webhooksAdd(_root, doc: IWebhookInput, { models, user }: IContext) {
    const webhook = await models.Webhooks.createWebhook({ ...doc, createdBy: user._id });
    await sendPublicRequest({ body: { ping: true }, url: doc.url });
    return webhook;
  },

  // "Test" button next to a webhook row: posts a sample customer payload
  async webhooksTest(_root, { url, sample }: { url: string; sample?: string }, { user }: IContext) {
    const body = { action: 'create', data: sample ? JSON.parse(sample) : { primaryEmail: 'demo@example.com' }, triggeredBy: user.email };
    return sendRequest({ body, url });
  },
};

checkPermission(webhookMutations, 'webhooksAdd', 'manageWebhooks');
checkPermission(webhookMutations, 'webhooksTest', 'manageWebhooks');

export default webhookMutations;
