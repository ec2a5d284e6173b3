'use strict';

function getAdminContext() {
  return { user: { admin: true, id: 0, username: '', name: '', email: '' } };
}

function getRequestContext(req) {
  return { user: req.user };
}

module.exports = { getAdminContext, getRequestContext };
