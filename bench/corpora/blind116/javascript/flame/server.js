const express = require('express');
const apps = require('./routes/apps');
const docker = require('./routes/docker');
const { auth } = require('./middleware/auth');

const app = express();
app.use(express.json());
app.use('/uploads', express.static('data/uploads'));
app.use('/api/apps', apps);
app.use('/api/docker', auth, docker);
app.listen(5005);
