'use strict';

const MongoClientInterface = require('./mongoclient');

// one backend for the whole process
module.exports = new MongoClientInterface({ url: process.env.MONGODB_URL || 'mongodb://localhost:27017', database: 'metadata' });
