const logger = require('../lib/logger');

module.exports = {
  name: 'audit-log',
  schema: {
    $id: 'http://express-gateway.io/schemas/policies/audit-log.json',
    type: 'object',
    properties: {}
  },
  policy: () => {
    return (req, res, next) => {
      const { tenant, consumer } = req.egContext;
      const consumerName = consumer ? consumer.username : 'anonymous';
      // expect: log-injection
      logger.info(`tenant=${tenant} consumer=${consumerName} ${req.method} ${req.originalUrl}`);
      logger.info('gateway request', { tenant, consumer: consumerName, method: req.method });
      next();
    };
  }
};
