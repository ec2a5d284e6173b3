'use strict';

const DataFileStore = require('./file/DataFileStore');

module.exports = new DataFileStore({ dataPath: process.env.S3DATAPATH || '/data' });
