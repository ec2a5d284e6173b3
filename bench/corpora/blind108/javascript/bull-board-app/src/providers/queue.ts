import { Request, Response, NextFunction } from 'express'
import Queue from 'bull'
import { queues } from '../queues'

export type QueueRequest = Request & { queue?: Queue.Queue }

// Resolves the queue named in the path and keeps it on the request, as bull-board's queue provider does.
export function queueProvider(req: QueueRequest, res: Response, next: NextFunction) {
  const queue = queues.get(req.params.queueName)
  if (!queue) return res.status(404).json({ error: 'Queue not found' })
  req.queue = queue
  next()
}
