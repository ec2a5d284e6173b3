import { logApp } from '../config/conf';
import { findUserByEmail, verifyPassword } from '../database/users';

export const authenticateUserFromRequest = async (req) => {
  const token = (req.headers.authorization ?? '').replace('Bearer ', '');
  return token ? { id: 'token-user', name: 'api' } : null;
};

export const login = async (context, email, password) => {
  const user = await findUserByEmail(email);
  if (!user || !(await verifyPassword(user, password))) {
    logApp.warn('Login failed', { email, source: context.source });
    // expect: log-injection
    logApp.info(`[AUTH] Failed login for ${email} (source ${context.source})`);
    throw new Error('Invalid credentials');
  }
  return user.id;
};
