const express = require('express')
const cookieParser = require('cookie-parser')
const mediaRoutes = require('./routes/media')
const preferenceRoutes = require('./routes/preferences')
const searchRoutes = require('./routes/search')

const app = express()
app.use(cookieParser())
app.use(express.urlencoded({ extended: true }))

app.use((req, res, next) => {
  res.locals.theme = req.cookies.theme || 'auto'
  res.locals.back = req.query.back || req.get('referer') || '/'
  next()
})

app.use(mediaRoutes)
app.use(preferenceRoutes)
app.use(searchRoutes)

module.exports = app
