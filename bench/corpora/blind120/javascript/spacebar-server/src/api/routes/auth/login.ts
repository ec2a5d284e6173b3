import { Router, Request, Response } from 'express';
import bcrypt from 'bcrypt';
import { route } from '../../util/handlers/route';
import { User, generateToken } from '../../../util/entities';

const router = Router();

router.post('/', route({ body: 'LoginSchema' }), async (req: Request, res: Response) => {
  const { login, password } = req.body;
  const ip = req.headers['x-forwarded-for'] || req.socket.remoteAddress;
  const user = await User.findOne({ where: [{ email: String(login) }, { phone: String(login) }], select: ['id', 'data'] });
  if (!user || !(await bcrypt.compare(password, user.data.hash || ''))) {
    // expect: log-injection
    console.log(`[Auth] failed login for ${login} from ${ip}`);
    return res.status(400).json({ message: 'Invalid Form Body' });
  }
  console.log('[Auth] login ok for user id %s', user.id);
  return res.json({ token: await generateToken(user.id), settings: {} });
});

export default router;
