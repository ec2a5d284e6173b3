import { v4 as uuid } from 'uuid';
import { authWithHeaders } from '../../middlewares/auth';
import { BadRequest } from '../../libs/errors';
import { isValidWebhookUrl, sendTestEvent } from '../../libs/webhook';

const api = {};

/**
 * @api {post} /api/v3/user/webhook Create a new webhook
 */
api.addWebhook = {
  method: 'POST',
  url: '/user/webhook',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    const { url, label = '', type = 'taskActivity' } = req.body;
    if (!isValidWebhookUrl(url)) {
      throw new BadRequest('invalidUrl');
    }
    const webhook = { id: uuid(), url, label: String(label), type, enabled: true };
    user.webhooks.push(webhook);
    await user.save();
    res.respond(201, webhook);
  },
};

/**
 * @api {post} /api/v3/user/webhook/test Send a test event to a URL
 */
api.testWebhook = {
  method: 'POST',
  url: '/user/webhook/test',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    const target = req.body.url ?? user.webhooks[0]?.url;
    const status = await sendTestEvent(target, { type: 'test', user: { _id: user._id } });
    res.respond(200, { status });
  },
};

export default api;
