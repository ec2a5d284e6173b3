const { auditEdit, auditRead } = require('./audit');

function registerAccess(backend) {
  backend.use('connect', (context, next) => {
    const req = context.req;
    if (req) {
      context.agent.custom = {
        userId: req.headers['x-user-id'],
        userName: req.headers['x-user-name'] || 'anonymous',
      };
    }
    next();
  });

  backend.use('submit', (context, next) => {
    const { userName } = context.agent.custom || {};
    auditEdit(userName, context.collection, context.id);
    next();
  });

  backend.use('readSnapshots', (context, next) => {
    auditRead({ user: context.agent.custom && context.agent.custom.userId, count: context.snapshots.length });
    next();
  });
}

module.exports = { registerAccess };
