import { Router, Request, Response, NextFunction } from 'express';
import { Container } from 'typedi';
import { celebrate, Joi } from 'celebrate';
import SubscriptionService from '../services/subscription';
import config from '../config';

const route = Router();

const schedules = Object.keys(config.subscriptionSchedules);

export default (app: Router) => {
  app.use('/subscriptions', route);

  route.post(
    '/',
    celebrate({
      body: Joi.object({
        name: Joi.string().max(60).required(),
        url: Joi.string().uri({ scheme: ['https', 'http', 'git', 'ssh'] }).required(),
        branch: Joi.string().pattern(/^[\w./-]+$/).optional(),
        schedule: Joi.string().valid(...schedules).required(),
        whitelist: Joi.string().optional().allow(''),
      }),
    }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const service = Container.get(SubscriptionService);
        const doc = await service.create(req.body);
        res.send({ code: 200, data: doc });
      } catch (e) {
        next(e);
      }
    },
  );

  route.put('/run', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ids: number[] = (Array.isArray(req.body) ? req.body : []).map(Number).filter(Number.isInteger);
      const service = Container.get(SubscriptionService);
      await service.run(ids);
      res.send({ code: 200 });
    } catch (e) {
      next(e);
    }
  });
};
