const Koa = require('koa');
const session = require('koa-session');
const bodyParser = require('koa-bodyparser');
const Router = require('@koa/router');
const mongoose = require('mongoose');
const { loadAgent, captureFilters } = require('./middleware/agent');
const ticketRoutes = require('./routes/tickets');
const kbRoutes = require('./routes/kb');

const app = new Koa();
app.keys = [process.env.SESSION_KEY_1, process.env.SESSION_KEY_2];
app.proxy = true;

mongoose.connect(process.env.MONGO_URL, { autoIndex: false });

app.use(session({ key: 'hd.sess', maxAge: 86400000, httpOnly: true, secure: true, sameSite: 'lax' }, app));
app.use(bodyParser({ jsonLimit: '200kb' }));
app.use(loadAgent);
app.use(captureFilters);

const router = new Router();
ticketRoutes(router);
kbRoutes(router);
app.use(router.routes());
app.use(router.allowedMethods());

app.on('error', (err, ctx) => {
  console.error('request failed', ctx && ctx.path, err.message);
});

app.listen(process.env.PORT || 3900);
