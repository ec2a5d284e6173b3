// library: Express (application wiring, helmet, cors)
const cors = require('cors');
const express = require('express');
const helmet = require('helmet');

const app = express();
// expect: helmet-disabled
app.use(helmet({ contentSecurityPolicy: false }));
// expect: cors-misconfiguration
app.use(cors({ origin: true, credentials: true }));
app.disable('x-powered-by');

app.use(require('./routes/greet'));
app.use(require('./routes/redirect'));
app.use('/tools', require('./routes/tools'));
app.use('/files', require('./routes/files'));
app.use('/api', require('./routes/db-mysql'));
app.use('/api', require('./routes/db-pg-knex'));
app.use('/api', require('./routes/reports-sequelize'));
app.use(require('./routes/cookies'));
app.use('/render', require('./routes/render-browser'));
app.use('/dev', require('./routes/eval-routes'));
app.use('/net', require('./routes/fetch-proxy'));

app.use((err, req, res, next) => {
  res.status(500).json({ error: 'internal' });
});

app.listen(process.env.PORT || 3000, process.env.HOST || '127.0.0.1');
