const express = require('express');
const media = require('./routes/media');
const hooks = require('./routes/hooks');
const reports = require('./routes/reports');

const app = express();
app.use(express.json());

app.use('/media', media);
app.use('/hooks', hooks);
app.use('/reports', reports);

app.get('/health', (req, res) => res.json({ ok: true }));

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`api on ${port}`));
