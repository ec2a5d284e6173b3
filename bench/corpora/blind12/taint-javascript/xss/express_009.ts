// library: Express + HTML response (template literal)
// HTML response (template literal): value from the request (header)
import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/hello', async (req: Request, res: Response) => {
  const param = (req.headers['x-name'] as string) ?? '';
  const map = { keyA: 'guest', keyB: param, keyC: 'visitor' };
  const bar = map.keyB;
  // expect: xss
  res.send(`<h1>Hello ${bar}</h1>`);
});

export default router;
