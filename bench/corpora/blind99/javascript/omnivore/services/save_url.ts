import { enqueueFetchContentJob } from '../utils/createTask'
import { cleanUrl } from '../utils/gql-utils'
import { libraryItemRepository } from '../repository/library_item'

export interface SaveUrlInput {
  url: string
  clientRequestId: string
  labels: string[]
  state: string
  locale?: string | null
  checked?: boolean
}

export const saveUrl = async (input: SaveUrlInput, userId: string) => {
  const url = cleanUrl(input.url)
  const item = await libraryItemRepository.createPending({ userId, originalUrl: url, state: 'PROCESSING' })
  const jobData = {
    url,
    userId,
    libraryItemId: item.id,
    locale: input.locale || 'en',
    labels: input.labels,
    checked: !!input.checked,
  }
  await enqueueFetchContentJob(jobData)
  return { clientRequestId: input.clientRequestId, url }
}
