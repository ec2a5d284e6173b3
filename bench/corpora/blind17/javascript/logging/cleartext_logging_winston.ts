// library: winston
import winston from 'winston';

const logger = winston.createLogger({ level: 'info', format: winston.format.json(), transports: [new winston.transports.Console()] });

interface SignupForm {
  email: string;
  password: string;
  plan: string;
}

export function onSignup(form: SignupForm) {
  // expect: credential-leak
  logger.info('signup received', { email: form.email, password: form.password });
  logger.info('signup received', { email: form.email, plan: form.plan });
}

export function onTokenRefresh(userId: string, accessToken: string, expiresIn: number) {
  // expect: credential-leak
  logger.debug(`refreshed token for ${userId}: ${accessToken}`);
  logger.debug(`refreshed token for ${userId}, expires in ${expiresIn}s`);
}

export function onDbConnect(config: { host: string; user: string; password: string }) {
  const { password, ...safe } = config;
  logger.info('db connected', safe);
  logger.info('db password length ok', { ok: password.length >= 12 });
}
