'use strict';
const path = require('path');

module.exports = {
  uploadDir: process.env.PSITRANSFER_UPLOAD_DIR || path.resolve(__dirname, 'data'),
  baseUrl: process.env.PSITRANSFER_BASE_URL || '/',
  uploadPass: process.env.PSITRANSFER_UPLOAD_PASS || false,
  notifyHosts: (process.env.PSITRANSFER_NOTIFY_HOSTS || 'hooks.slack.com').split(','),
  port: Number(process.env.PSITRANSFER_PORT || 3000),
};
