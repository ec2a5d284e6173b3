'use strict';

const mozlog = require('mozlog');

class Lug {
  constructor(options) {
    this.logger = mozlog({ app: options.name || 'fxa-auth-server', level: options.level, fmt: options.fmt })();
  }

  info(op, data) {
    this.logger.info(op, data);
  }

  lookup(email, service) {
    // expect: log-injection
    console.log(`[account.status] lookup for ${email} from ${service}`);
  }

  summary(request, response) {
    this.logger.info('request.summary', { path: request.path, status: response.statusCode });
  }
}

module.exports = (options) => new Lug(options);
