import { Queue } from 'bullmq'
import { redisDataSource } from '../redis_data_source'

export const CONTENT_FETCH_QUEUE = 'omnivore-content-fetch-queue'

let queue: Queue | undefined
const getQueue = () => {
  if (!queue) queue = new Queue(CONTENT_FETCH_QUEUE, { connection: redisDataSource.queueRedisClient })
  return queue
}

export interface FetchContentJobData {
  url: string
  userId: string
  libraryItemId: string
  locale: string
  labels: string[]
  checked: boolean
}

export const enqueueFetchContentJob = async (data: FetchContentJobData) => {
  return getQueue().add('fetch-content', data, { priority: 5, attempts: 2, removeOnComplete: true })
}
