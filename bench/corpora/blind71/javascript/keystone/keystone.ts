import { config } from '@keystone-6/core'
import { lists } from './schema'
import { extendGraphqlSchema } from './extend-graphql'
import { getTasks, getTaskReport } from './routes/tasks'
import { renderPreview } from './routes/preview'
import { session, withAuth, withContext } from './auth'
import type { TypeInfo } from '.keystone/types'

export default withAuth(
  config<TypeInfo>({
    db: {
      provider: 'postgresql',
      url: process.env.DATABASE_URL || 'postgres://localhost:5432/keystone',
    },
    lists,
    session,
    graphql: { extendGraphqlSchema },
    server: {
      extendExpressApp: (app, commonContext) => {
        app.use('/rest', withContext(commonContext))
        app.get('/rest/tasks', getTasks)
        app.get('/rest/tasks/report', getTaskReport)
        app.post('/rest/preview', renderPreview)
      },
    },
  })
)
