import express from 'express'
import { createBullBoard } from '@bull-board/api'
import { BullAdapter } from '@bull-board/api/bullAdapter'
import { ExpressAdapter } from '@bull-board/express'
import { reportQueue, webhookQueue } from './queues'
import { queueProvider } from './providers/queue'
import { addJob, retryJob, jobCard, jobCardSafe } from './handlers/jobs'

const serverAdapter = new ExpressAdapter()
serverAdapter.setBasePath('/admin/queues')
createBullBoard({ queues: [new BullAdapter(reportQueue), new BullAdapter(webhookQueue)], serverAdapter })

const app = express()
app.use(express.json())
app.use('/admin/queues', serverAdapter.getRouter())
app.post('/admin/api/queues/:queueName/add', queueProvider, addJob)
app.put('/admin/api/queues/:queueName/:jobId/retry', queueProvider, retryJob)
app.get('/admin/api/queues/:queueName/:jobId/card', queueProvider, jobCard)
app.get('/admin/api/queues/:queueName/:jobId/card-safe', queueProvider, jobCardSafe)

app.listen(3000)
