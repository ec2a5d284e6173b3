import { Response } from 'express'
import escapeHtml from 'escape-html'
import { QueueRequest } from '../providers/queue'

export async function addJob(req: QueueRequest, res: Response) {
  const { name, data, opts } = req.body
  const job = await req.queue!.add(name || '__default__', data ?? {}, { attempts: Number(opts?.attempts) || 1 })
  res.json({ id: job.id })
}

export async function retryJob(req: QueueRequest, res: Response) {
  const job = await req.queue!.getJob(req.params.jobId)
  if (!job) return res.status(404).end()
  await job.retry()
  res.sendStatus(204)
}

export async function jobCard(req: QueueRequest, res: Response) {
  const job = await req.queue!.getJob(req.params.jobId)
  if (!job) return res.status(404).end()
  const title = job.data.title || job.name
  const reason = escapeHtml(job.failedReason || '')
  res.type('html')
  // expect: xss
  res.send(`<article><h2>${title}</h2><pre>${reason}</pre><small>attempts: ${Number(job.attemptsMade)}</small></article>`)
}

export async function jobCardSafe(req: QueueRequest, res: Response) {
  const job = await req.queue!.getJob(req.params.jobId)
  if (!job) return res.status(404).end()
  res.type('html').send(`<article><h2>${escapeHtml(String(job.data.title || job.name))}</h2></article>`)
}
