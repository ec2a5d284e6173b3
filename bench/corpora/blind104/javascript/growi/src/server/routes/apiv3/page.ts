import type { Request, Router } from 'express';
import express from 'express';
import { query, body } from 'express-validator';
import mongoose from 'mongoose';

import { apiV3FormValidator } from '../../middlewares/apiv3-form-validator';
import { LocalFileUploader } from '../../service/file-uploader-local';
import { SlackIntegrationService } from '../../service/slack-integration';
import loggerFactory from '~/utils/logger';

const logger = loggerFactory('growi:routes:apiv3:page');
const router = express.Router();

const validator = {
  getPage: [query('pageId').optional().isMongoId(), query('path').optional()],
  getPageByPath: [query('path').isString()],
  attachment: [query('pageId').isMongoId(), query('fileName').optional()],
  slackTest: [body('channel').isString(), body('webhookUrl').optional().isString()],
};

module.exports = (crowi: any): Router => {
  const accessTokenParser = require('../../middlewares/access-token-parser')(crowi);
  const loginRequired = require('../../middlewares/login-required')(crowi, true);
  const Page = mongoose.model('Page');
  const uploader = new LocalFileUploader();
  const slack = new SlackIntegrationService(crowi.configManager.getConfig('slack:incomingWebhookUrl'));

  router.get('/', accessTokenParser, loginRequired, validator.getPage, apiV3FormValidator, async (req: Request, res: any) => {
    const { pageId, path } = req.query;
    if (pageId != null) {
      return res.apiv3({ page: await Page.findById(pageId) });
    }
    // expect: nosql-injection
    const page = await Page.findOne({ path, status: 'published' });
    return res.apiv3({ page });
  });

  router.get('/by-path', accessTokenParser, loginRequired, validator.getPageByPath, apiV3FormValidator, async (req: Request, res: any) => {
    const page = await Page.findOne({ path: String(req.query.path), status: 'published' });
    return res.apiv3({ page });
  });

  router.get('/attachment', loginRequired, validator.attachment, apiV3FormValidator, async (req: Request, res: any) => {
    const attachment = { page: String(req.query.pageId), fileName: String(req.query.fileName || 'index') };
    logger.info({ fileName: attachment.fileName, page: attachment.page }, 'download attachment');
    const stream = req.query.checked ? uploader.findDeliveryFileChecked(attachment) : uploader.findDeliveryFile(attachment);
    stream.pipe(res);
  });

  router.post('/slack-test', loginRequired, validator.slackTest, apiV3FormValidator, async (req: Request, res: any) => {
    const { channel, webhookUrl } = req.body;
    await slack.postTestMessage(webhookUrl, channel);
    await slack.postToConfigured(channel);
    return res.apiv3({});
  });

  return router;
};
