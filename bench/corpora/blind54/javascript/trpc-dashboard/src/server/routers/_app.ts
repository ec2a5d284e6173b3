import { router } from '../trpc'
import { reportsRouter } from './reports'
import { metricsRouter } from './metrics'
import { integrationsRouter } from './integrations'

export const appRouter = router({
  reports: reportsRouter,
  metrics: metricsRouter,
  integrations: integrationsRouter,
})

export type AppRouter = typeof appRouter
