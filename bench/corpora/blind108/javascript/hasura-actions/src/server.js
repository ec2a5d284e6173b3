const express = require('express');
const { withSession } = require('./lib/session');
const actions = require('./handlers/actions');
const events = require('./handlers/events');

const app = express();
app.use(express.json({ limit: '1mb' }));
app.use(withSession);

app.post('/actions/:name', actions.dispatch);
app.post('/events/:trigger', events.dispatch);

app.listen(process.env.PORT || 3000);
