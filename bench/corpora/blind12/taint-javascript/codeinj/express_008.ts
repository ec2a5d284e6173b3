// library: Express + config parsing
// config parsing: value from the request (params)
import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/config/:expr', async (req: Request, res: Response) => {
  const param = (req.params.expr as string) ?? '';
  const num = 106;
  const bar = 7 * 18 + num > 200 ? '1 + 1' : param;
  const config = eval('(' + bar + ')');
  res.json({ keys: Object.keys(config) });
});

export default router;
