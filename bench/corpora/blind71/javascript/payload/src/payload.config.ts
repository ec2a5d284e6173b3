import path from 'path'
import { fileURLToPath } from 'url'
import { buildConfig } from 'payload'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { Media } from './collections/Media'
import { Orders } from './collections/Orders'
import { exportOrdersEndpoint, orderSummaryEndpoint } from './endpoints/exportOrders'
import { formSubmitEndpoint } from './endpoints/formSubmit'

const filename = fileURLToPath(import.meta.url)
const dirname = path.dirname(filename)

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000',
  editor: lexicalEditor(),
  collections: [Media, Orders],
  endpoints: [exportOrdersEndpoint, orderSummaryEndpoint, formSubmitEndpoint],
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URI || '' },
  }),
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  upload: {
    limits: { fileSize: 25_000_000 },
  },
})
