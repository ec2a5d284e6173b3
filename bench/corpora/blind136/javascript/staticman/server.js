'use strict'
const express = require('express')
const bodyParser = require('body-parser')
const processEntry = require('./controllers/process')
const connect = require('./controllers/connect')

const app = express()
app.use(bodyParser.urlencoded({ extended: true }))
app.use(bodyParser.json())

app.post('/v2/entry/:username/:repository/:branch/:property', processEntry)
app.get('/v2/connect/:username/:repository', connect)

module.exports = app
