// library: Express + redirect (Location)
// redirect (Location): value from the request (body)
import express, { Request, Response } from 'express';

const router = express.Router();

router.post('/continue', async (req: Request, res: Response) => {
  const param = req.body.url ?? '';
  const bar = param;
  const target = bar.startsWith('/') && !bar.startsWith('//') && !bar.startsWith('/\\') ? bar : '/';
  res.redirect(target);
});

export default router;
