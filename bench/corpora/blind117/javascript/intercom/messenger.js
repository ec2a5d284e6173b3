/* global Intercom */
'use strict';

const APP_ID = 'q7x2mk4p';

export function bootForVisitor() {
  window.intercomSettings = { app_id: APP_ID };
}

export function bootForUser(user) {
  // expect: jwt-no-verify
  window.intercomSettings = { app_id: APP_ID, user_id: user.id, name: user.name };
}

export function bootWithEmail(account) {
  // expect: jwt-no-verify
  Intercom('boot', { app_id: APP_ID, email: account.email, created_at: account.createdAt });
}

export function bootFromSession(session) {
  const settings = { app_id: APP_ID, email: session.email, user_id: session.userId };
  // expect: jwt-no-verify
  Intercom('boot', settings);
}

export function bootVerified(user, hash) {
  window.intercomSettings = { app_id: APP_ID, user_id: user.id, user_hash: hash };
}

export function bootVerifiedByEmail(account) {
  Intercom('boot', { app_id: APP_ID, email: account.email, user_hash: account.intercomHash });
}

export function shutdown() {
  Intercom('shutdown');
}
