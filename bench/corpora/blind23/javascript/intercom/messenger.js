// intercom: support messenger boot on the customer dashboard
import Intercom from '@intercom/messenger-js-sdk';

export function bootMessenger(user) {
  // expect: missing-auth
  window.intercomSettings = { app_id: 'abc123xy', user_id: user.id, email: user.email };
  window.Intercom('boot', window.intercomSettings);
}

export function bootMessengerSafe(user, userHash) {
  window.intercomSettings = { app_id: 'abc123xy', user_id: user.id, email: user.email, user_hash: userHash };
  window.Intercom('boot', window.intercomSettings);
}

export function bootVisitor() {
  window.intercomSettings = { app_id: 'abc123xy' };
  window.Intercom('boot', window.intercomSettings);
}

export function bootSdk(user) {
  // expect: missing-auth
  Intercom({ app_id: 'abc123xy', user_id: user.id, name: user.name, created_at: user.createdAt });
}

export function bootSdkSafe(user, hash) {
  Intercom({ app_id: 'abc123xy', user_id: user.id, name: user.name, user_hash: hash });
}

export function update(user) {
  window.Intercom('update', { last_request_at: Math.floor(Date.now() / 1000) });
}

export function shutdown() {
  window.Intercom('shutdown');
}

export async function init(apiBase) {
  const res = await fetch(`${apiBase}/me/intercom`, { credentials: 'include' });
  const { user, hash } = await res.json();
  if (hash) bootMessengerSafe(user, hash);
  else bootVisitor();
}
