import { createHmac } from 'node:crypto';

export const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('hex');
