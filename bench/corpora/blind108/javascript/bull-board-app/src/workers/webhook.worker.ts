import axios from 'axios'
import { webhookQueue } from '../queues'

webhookQueue.process(async (job) => {
  const { callbackUrl, payload } = job.data as { callbackUrl: string; payload: unknown }
  // expect: ssrf
  const res = await axios.post(callbackUrl, payload, { timeout: 10000 })
  return { status: res.status }
})
