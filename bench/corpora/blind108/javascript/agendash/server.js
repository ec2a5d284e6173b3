const express = require('express');
const Agenda = require('agenda');
const createController = require('./lib/controllers/agendash');
const expressMiddleware = require('./lib/middlewares/express');
const defineJobs = require('./jobs/definitions');

const agenda = new Agenda({ db: { address: process.env.MONGO_URL || 'mongodb://127.0.0.1/agenda' } });
defineJobs(agenda);

const app = express();
app.use('/dash', expressMiddleware(createController(agenda, {})));

agenda.start().then(() => app.listen(3002));
