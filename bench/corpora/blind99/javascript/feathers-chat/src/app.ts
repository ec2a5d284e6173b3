import { feathers } from '@feathersjs/feathers'
import configuration from '@feathersjs/configuration'
import { koa, rest, bodyParser, errorHandler, parseAuthentication, cors, serveStatic } from '@feathersjs/koa'
import socketio from '@feathersjs/socketio'
import type { Application } from './declarations'
import { configurationValidator } from './configuration'
import { logError } from './hooks/log-error'
import { postgresql } from './postgresql'
import { authentication } from './authentication'
import { services } from './services/index'
import { channels } from './channels'
import { embedRoute } from './embed'

const app: Application = koa(feathers())

app.configure(configuration(configurationValidator))
app.use(cors())
app.use(serveStatic(app.get('public')))
app.use(errorHandler())
app.use(parseAuthentication())
app.use(bodyParser())
app.use(embedRoute(app))

app.configure(rest())
app.configure(socketio({ cors: { origin: app.get('origins') } }))
app.configure(postgresql)
app.configure(authentication)
app.configure(services)
app.configure(channels)

app.hooks({
  around: { all: [logError] },
  before: {},
  after: {},
  error: {}
})

export { app }
