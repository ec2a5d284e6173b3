import { Router, Request, Response, NextFunction } from 'express';
import { Container } from 'typedi';
import { celebrate, Joi } from 'celebrate';
import EnvService from '../services/env';
import config from '../config';

const route = Router();

export default (app: Router) => {
  app.use('/envs', route);

  route.get('/', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const envService = Container.get(EnvService);
      const size = Number(req.query.size);
      const pageSize = config.pageSizes.has(size) ? size : 20;
      const page = Math.max(1, parseInt(String(req.query.page || '1'), 10) || 1);
      const data = await envService.list(String(req.query.searchValue || ''), page, pageSize);
      res.send({ code: 200, data });
    } catch (e) {
      next(e);
    }
  });

  route.get('/names', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const envService = Container.get(EnvService);
      const data = await envService.searchByName(String(req.query.name || ''));
      res.send({ code: 200, data });
    } catch (e) {
      next(e);
    }
  });

  route.post(
    '/',
    celebrate({
      body: Joi.array().items(
        Joi.object({ name: Joi.string().pattern(/^[a-zA-Z_][\w]*$/).required(), value: Joi.string().required(), remarks: Joi.string().optional().allow('') }),
      ),
    }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const envService = Container.get(EnvService);
        const data = await envService.create(req.body);
        res.send({ code: 200, data });
      } catch (e) {
        next(e);
      }
    },
  );
};
