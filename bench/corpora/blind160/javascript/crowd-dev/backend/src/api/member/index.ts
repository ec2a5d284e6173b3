import { safeWrap } from '../../middlewares/errorMiddleware'
import { tenantMiddleware } from '../../middlewares/tenantMiddleware'

/**
 * Member routes. Every handler receives `req` as its service options:
 * `req.database`, `req.currentTenant`, `req.currentUser` and `req.log` are set by middlewares.
 */
export default (app) => {
  app.post(`/tenant/:tenantId/member/query`, tenantMiddleware, safeWrap(require('./memberQuery').default))
  app.get(`/tenant/:tenantId/member/search`, tenantMiddleware, safeWrap(require('./memberSearch').default))
  app.get(`/tenant/:tenantId/member/export`, tenantMiddleware, safeWrap(require('./memberExport').default))
  app.post(`/tenant/:tenantId/member`, tenantMiddleware, safeWrap(require('./memberCreate').default))
  app.put(`/tenant/:tenantId/member/:id`, tenantMiddleware, safeWrap(require('./memberUpdate').default))
  app.delete(`/tenant/:tenantId/member`, tenantMiddleware, safeWrap(require('./memberDestroy').default))
  app.put(`/tenant/:tenantId/member/:memberId/merge`, tenantMiddleware, safeWrap(require('./memberMerge').default))
  app.put(
    `/tenant/:tenantId/member/:memberId/no-merge`,
    tenantMiddleware,
    safeWrap(require('./memberNotMerge').default),
  )
  app.get(
    `/tenant/:tenantId/member/active`,
    tenantMiddleware,
    safeWrap(require('./memberActiveList').default),
  )
  app.get(
    `/tenant/:tenantId/member/:id/activity-types`,
    tenantMiddleware,
    safeWrap(require('./memberActivityTypes').default),
  )
  app.get(`/tenant/:tenantId/member/:id`, tenantMiddleware, safeWrap(require('./memberFind').default))
}
