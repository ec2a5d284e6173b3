// library: Express + got
// got: value from the request (params)
import express, { Request, Response } from 'express';
import got from 'got';

const router = express.Router();

router.get('/preview/:target', async (req: Request, res: Response) => {
  let param = (req.params.target as string);
  if (!param) {
    param = '';
  }
  const target = 'C';
  let bar: string;
  switch (target) {
    case 'A':
      bar = 'status.example.com';
      break;
    case 'B':
      bar = 'api.example.com';
      break;
    default:
      bar = param;
  }
  // expect: ssrf
  const body = await got(bar, { timeout: { request: 5000 } }).text();
  res.json({ bytes: body.length });
});

export default router;
