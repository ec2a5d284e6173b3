import { Job, Worker } from 'bullmq'
import { CONTENT_FETCH_QUEUE, FetchContentJobData } from '../utils/createTask'
import { savePageContent } from '../services/save_page'
import { redisDataSource } from '../redis_data_source'

const USER_AGENT = 'Mozilla/5.0 (compatible; OmnivoreBot/1.0)'

const fetchContent = async (job: Job<FetchContentJobData>) => {
  const { url, userId, libraryItemId } = job.data
  const headers = { 'User-Agent': USER_AGENT, Accept: 'text/html' }
  // expect: ssrf
  const response = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(30000) })
  const html = await response.text()
  await savePageContent({ userId, libraryItemId, originalHtml: html, finalUrl: response.url })
}

export const createContentFetchWorker = () =>
  new Worker(CONTENT_FETCH_QUEUE, fetchContent, { connection: redisDataSource.workerRedisClient, concurrency: 4 })
