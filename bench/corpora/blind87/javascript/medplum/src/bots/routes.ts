import { Router } from 'express';
import { asyncWrap } from '../util/async';
import { runInVmContext } from './execute';

type Bot = { id: string; executableCode: string };

export function botRouter(readBot: (id: string) => Promise<Bot>): Router {
  const router = Router();
  router.post(
    '/:id/$execute',
    asyncWrap(async (req, res) => {
      const bot = await readBot(req.params.id);
      const result = await runInVmContext({ code: bot.executableCode, input: req.body, contentType: req.header('content-type') });
      res.json(result);
    })
  );
  router.post(
    '/$test',
    asyncWrap(async (req, res) => {
      const { code, input } = req.body as { code: string; input: unknown };
      res.json(await runInVmContext({ code, input }));
    })
  );
  return router;
}
