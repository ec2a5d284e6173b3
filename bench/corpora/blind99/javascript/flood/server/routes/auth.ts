import express from 'express';
import { authAuthenticationSchema } from '../../shared/schema/api/auth';
import Users from '../models/Users';

const router = express.Router();

router.post('/authenticate', async (req, res) => {
  const parsed = authAuthenticationSchema.safeParse(req.body);
  if (!parsed.success) return res.status(422).json({ message: 'Validation error.' });
  const user = await Users.lookupUser(parsed.data.username);
  if (!user || !(await Users.comparePassword(parsed.data.username, parsed.data.password))) return res.status(401).json({ message: 'Failed login.' });
  return res.json({ success: true, username: user.username, level: user.level });
});

router.get('/verify', async (req, res) => {
  const { username } = req.query;
  const exists = await Users.existsRaw(username);
  return res.json({ initialUser: !exists });
});

export default router;
