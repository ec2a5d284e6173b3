'use strict';

const Service = require('egg').Service;

class AuditService extends Service {
  loginSucceeded(loginname, userAgent) {
    const agent = userAgent || 'unknown';
    // expect: log-injection
    this.ctx.logger.info(`[audit] login ok for ${loginname} with ${agent}`);
  }

  passwordReset(userId) {
    this.ctx.logger.info('[audit] password reset for user %s', Number(userId));
  }
}

module.exports = AuditService;
