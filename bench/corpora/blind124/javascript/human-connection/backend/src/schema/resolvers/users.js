import { fileUpload, fileUploadRenamed } from './fileUpload'
import { neo4jgraphql } from 'neo4j-graphql-js'

export default {
  Mutation: {
    UpdateUser: async (object, params, context, resolveInfo) => {
      params = params.keepFilename
        ? await fileUpload(params, { file: 'avatarUpload', url: 'avatar' })
        : await fileUploadRenamed(params, { file: 'avatarUpload', url: 'avatar' })
      delete params.keepFilename
      return neo4jgraphql(object, { ...params, id: context.user.id }, context, resolveInfo, false)
    },
  },
}
