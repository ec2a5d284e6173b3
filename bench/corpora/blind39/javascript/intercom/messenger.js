import { currentUser } from './session';

const APP_ID = 'abc12345';

export function bootForSignedInUser() {
  const user = currentUser();
  // expect: improper-authentication
  window.intercomSettings = {
    api_base: 'https://api-iam.intercom.io',
    app_id: APP_ID,
    name: user.name,
    email: user.email,
    created_at: Math.floor(new Date(user.createdAt).getTime() / 1000),
  };
}

export function bootWithUserId(user) {
  // expect: improper-authentication
  Intercom('boot', {
    app_id: APP_ID,
    user_id: String(user.id),
    name: user.displayName,
  });
}

export function bootFromSettings(account) {
  const settings = { app_id: APP_ID, email: account.ownerEmail, company: { id: account.id } };
  // expect: improper-authentication
  Intercom('boot', settings);
}

export function updateAfterLogin(user) {
  // expect: improper-authentication
  window.Intercom('boot', { app_id: APP_ID, email: user.email, user_id: user.id });
}

// Safe: identity verification with the server-computed HMAC.
export function bootVerified(user) {
  window.intercomSettings = {
    app_id: APP_ID,
    user_id: String(user.id),
    email: user.email,
    user_hash: user.intercomHash,
  };
}

// Safe: an anonymous visitor is not identified.
export function bootVisitor() {
  Intercom('boot', { app_id: APP_ID, hide_default_launcher: false });
}
