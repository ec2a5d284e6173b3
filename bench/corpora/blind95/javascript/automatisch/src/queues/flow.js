import { Queue } from 'bullmq';
import redisConfig from '../config/redis.js';

export const flowQueue = new Queue('flow', { connection: redisConfig });
