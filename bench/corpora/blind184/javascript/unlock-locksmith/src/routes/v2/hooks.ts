import express from 'express'
import { HookController } from '../../controllers/v2/hookController'
import { EventsController } from '../../controllers/v2/eventsController'
import { authenticatedMiddleware } from '../../utils/middlewares/auth'

const router = express.Router({ mergeParams: true })
const hookController = new HookController()
const eventsController = new EventsController()

router.post('/hooks/:network/locks', authenticatedMiddleware, (req, res) =>
  hookController.subscribe(req, res)
)

router.post('/hooks/:network/keys', authenticatedMiddleware, (req, res) =>
  hookController.subscribe(req, res)
)

router.get('/events', (req, res) => eventsController.listEvents(req, res))
router.get('/events/search', (req, res) => eventsController.searchEvents(req, res))
router.get('/events/:slug', (req, res) => eventsController.getEventBySlug(req, res))

router.get('/health', (_req, res) => {
  res.status(200).send({ status: 'ok', uptime: process.uptime() })
})

router.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(500).send({ message: 'Unexpected error', detail: error.message })
})

export default router
