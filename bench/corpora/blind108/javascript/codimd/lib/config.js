const path = require('path');

module.exports = {
  serverURL: process.env.CMD_DOMAIN ? `https://${process.env.CMD_DOMAIN}` : 'http://localhost:3000',
  uploadsPath: process.env.CMD_UPLOADS_PATH || path.join(__dirname, '..', 'public', 'uploads'),
  allowAnonymous: process.env.CMD_ALLOW_ANONYMOUS !== 'false',
};
