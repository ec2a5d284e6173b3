import { Router, Request, Response, NextFunction } from 'express';
import { Container } from 'typedi';
import { celebrate, Joi } from 'celebrate';
import ScriptService from '../services/script';
import config from '../config';

const route = Router();

export default (app: Router) => {
  app.use('/scripts', route);

  route.get('/', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const scriptService = Container.get(ScriptService);
      const list = await scriptService.listScripts();
      res.send({ code: 200, data: list });
    } catch (e) {
      next(e);
    }
  });

  route.get(
    '/detail',
    celebrate({ query: Joi.object({ file: Joi.string().required(), path: Joi.string().allow('') }) }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const scriptService = Container.get(ScriptService);
        const content = await scriptService.getContent(req.query.path as string, req.query.file as string);
        res.send({ code: 200, data: content });
      } catch (e) {
        next(e);
      }
    },
  );

  route.put(
    '/run',
    celebrate({ body: Joi.object({ filename: Joi.string().required(), path: Joi.string().allow('') }) }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const scriptService = Container.get(ScriptService);
        const pid = await scriptService.runScript(req.body.path || '', req.body.filename);
        res.send({ code: 200, data: pid });
      } catch (e) {
        next(e);
      }
    },
  );

  route.put('/stop', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const scriptService = Container.get(ScriptService);
      const pid = Number(req.body.pid);
      if (!Number.isInteger(pid) || pid <= 1) {
        return res.send({ code: 400, message: 'invalid pid' });
      }
      await scriptService.stopScript(pid);
      res.send({ code: 200 });
    } catch (e) {
      next(e);
    }
  });

  route.post('/', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { filename, content } = req.body;
      if (!config.isSafeName(filename)) {
        return res.send({ code: 400, message: 'invalid filename' });
      }
      const scriptService = Container.get(ScriptService);
      await scriptService.saveScript(filename, content);
      res.send({ code: 200 });
    } catch (e) {
      next(e);
    }
  });
};
