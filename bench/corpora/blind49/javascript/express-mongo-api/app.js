const express = require('express');
const mongoose = require('mongoose');
const helmet = require('helmet');

const { loadAccount } = require('./middleware/account');
const authRoutes = require('./routes/auth');
const postRoutes = require('./routes/posts');
const exportRoutes = require('./routes/exports');

const app = express();
app.use(helmet());
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(loadAccount);

app.use('/auth', authRoutes);
app.use('/posts', postRoutes);
app.use('/exports', exportRoutes);

app.use((err, req, res, next) => {
  if (res.headersSent) return next(err);
  res.status(err.statusCode || 500).json({ message: err.expose ? err.message : 'Something went wrong' });
});

async function start() {
  await mongoose.connect(process.env.MONGO_URI || 'mongodb://127.0.0.1:27017/blog');
  app.listen(process.env.PORT || 3000);
}

if (require.main === module) start();

module.exports = app;
