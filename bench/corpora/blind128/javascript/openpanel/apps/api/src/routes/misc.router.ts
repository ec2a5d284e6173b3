import type { FastifyPluginCallback } from 'fastify';
import * as controller from '../controllers/misc.controller';
import { handler as trackHandler } from '../controllers/track.controller';

const miscRouter: FastifyPluginCallback = (fastify, opts, done) => {
  fastify.route({ method: 'GET', url: '/favicon', handler: controller.getFavicon });
  fastify.route({ method: 'GET', url: '/share', handler: controller.shareRedirect });
  fastify.route({ method: 'GET', url: '/export/done', handler: controller.exportDone });
  fastify.route({ method: 'POST', url: '/track', handler: trackHandler });
  done();
};

export default miscRouter;
