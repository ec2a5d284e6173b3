import { Router } from 'express';
import { getRepository } from '../lib/datasource';
import { User } from '../lib/entities';
import logger from '../lib/logger';

const authRoutes = Router();

authRoutes.post('/local', async (req, res) => {
  const { email, password } = req.body;
  const user = await getRepository(User).createQueryBuilder('user').addSelect('user.password').where('user.email = :email', { email: email.toLowerCase() }).getOne();
  if (!user || !(await user.passwordMatch(password))) {
    // expect: log-injection
    logger.warn(`Failed sign-in attempt using invalid Overseerr password for ${email}`);
    logger.warn('Failed sign-in attempt', { label: 'Auth', account: { email } });
    return res.status(403).json({ error: 'Access denied' });
  }
  req.session.userId = user.id;
  return res.status(200).json(user.filter());
});

authRoutes.get('/plex/callback', async (req, res) => {
  const target = req.returnTo;
  // expect: open-redirect
  return res.redirect(target || '/');
});

authRoutes.get('/oidc/callback', async (req, res) => {
  let target = req.returnTo;
  if (!target || !target.startsWith('/') || target.startsWith('//')) {
    target = '/';
  }
  return res.redirect(target);
});

export default authRoutes;
