import { MutationSaveUrlArgs, SaveError, SaveSuccess, MutationSaveUrlCheckedArgs } from '../../generated/graphql'
import { saveUrl } from '../../services/save_url'
import { authorized } from '../../utils/gql-utils'
import { isPublicHttpUrl } from '../../utils/url'

export const saveUrlResolver = authorized<SaveSuccess, SaveError, MutationSaveUrlArgs>(async (_, { input }, { uid, log }) => {
  log.info('saveUrl', { uid, source: input.source })
  const state = input.state ?? 'SUCCEEDED'
  return saveUrl({ url: input.url, clientRequestId: input.clientRequestId, labels: input.labels || [], state, locale: input.locale }, uid)
})

export const saveUrlCheckedResolver = authorized<SaveSuccess, SaveError, MutationSaveUrlCheckedArgs>(async (_, { input }, { uid }) => {
  if (!(await isPublicHttpUrl(input.url))) {
    return { errorCodes: ['BAD_REQUEST'], message: 'invalid url' }
  }
  return saveUrl({ url: input.url, clientRequestId: input.clientRequestId, labels: [], state: 'SUCCEEDED', checked: true }, uid)
})
