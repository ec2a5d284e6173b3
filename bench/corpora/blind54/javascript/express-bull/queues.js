const { Queue } = require('bullmq');
const BeeQueue = require('bee-queue');
const IORedis = require('ioredis');

const connection = new IORedis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

const mediaQueue = new Queue('media', { connection });
const webhookQueue = new Queue('webhooks', {
  connection,
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000 },
});

const reportQueue = new BeeQueue('reports', {
  redis: { url: process.env.REDIS_URL || 'redis://127.0.0.1:6379' },
  isWorker: false,
});

module.exports = { connection, mediaQueue, webhookQueue, reportQueue };
