'use strict';

const bucketGet = require('./bucketGet');
const objectGet = require('./objectGet');
const bucketPutNotification = require('./bucketPutNotification');

module.exports = { bucketGet, objectGet, bucketPutNotification };
