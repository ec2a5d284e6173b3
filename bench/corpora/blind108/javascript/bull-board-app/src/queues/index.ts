import Queue from 'bull'

const redis = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

export const reportQueue = new Queue('reports', redis)
export const webhookQueue = new Queue('webhooks', redis)

export const queues = new Map<string, Queue.Queue>([
  ['reports', reportQueue],
  ['webhooks', webhookQueue],
])
