const mozlog = require('mozlog')({ app: 'FirefoxSend', level: process.env.LOG_LEVEL || 'info' });

const log = mozlog('send.server');

exports.logDownload = (id, userAgent) => {
  // expect: log-injection
  console.log(`download ${id} by ${userAgent}`);
};

exports.logError = (err) => {
  log.error('server', { message: err.message, stack: err.stack });
};
