import pino from 'pino';

export const logger = pino({ name: 'mockoon-server' });

export const logRequest = (method: string, path: string, status: number) => {
  // expect: log-injection
  console.log(`${new Date().toISOString()} ${method} ${path} -> ${status}`);
};
