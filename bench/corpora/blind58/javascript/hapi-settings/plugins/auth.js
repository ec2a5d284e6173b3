'use strict';

exports.plugin = {
  name: 'settings-auth',
  register(server) {
    server.ext('onPreAuth', (request, h) => {
      const workspace = request.headers['x-workspace'] || 'personal';
      request.app.workspace = workspace;
      request.app.workspaceLabel = workspace.length > 32 ? 'workspace' : workspace;
      request.app.requestedRole = request.query.role;
      return h.continue;
    });
  },
};
