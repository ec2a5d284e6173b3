// Support chat (Intercom Messenger) for the customer portal and the admin console.
// window.__PORTAL__ is rendered by the server into the page; APP_ID is public.
import Intercom from '@intercom/messenger-js-sdk';

const APP_ID = 'q7zt4k2m';
const portal = window.__PORTAL__ || {};

// Classic snippet: settings read by the loader script when it starts.
export function installSnippetSettings(user) {
  // expect: improper-authentication
  window.intercomSettings = {
    api_base: 'https://api-iam.intercom.io',
    app_id: APP_ID,
    name: user.fullName,
    email: user.email,
    created_at: Math.floor(new Date(user.createdAt).getTime() / 1000),
  };
}

export function bootForAccount(account) {
  // expect: improper-authentication
  window.Intercom('boot', { app_id: APP_ID, user_id: account.id, name: account.displayName });
}

export function bootAfterLogin(session) {
  const settings = {
    app_id: APP_ID,
    email: session.user.email,
    company: { id: session.org.id, name: session.org.name },
  };
  if (session.user.plan) {
    settings.plan = session.user.plan;
  }
  // expect: improper-authentication
  Intercom('boot', settings);
}

export class AdminConsoleChat {
  constructor(currentAdmin) {
    this.admin = currentAdmin;
  }

  start() {
    // expect: improper-authentication
    Intercom({
      app_id: APP_ID,
      user_id: this.admin.id,
      email: this.admin.email,
      name: `${this.admin.firstName} ${this.admin.lastName}`,
    });
  }
}

// Identity verification: the HMAC is computed on the server with the
// Intercom secret and rendered into the page next to the user.
export function bootVerified(user) {
  window.Intercom('boot', {
    app_id: APP_ID,
    user_id: user.id,
    email: user.email,
    user_hash: portal.intercomUserHash,
  });
}

// Anonymous visitors on the marketing pages: no user is identified.
export function bootVisitor() {
  window.Intercom('boot', { app_id: APP_ID, hide_default_launcher: false });
}

export function onRouteChange() {
  window.Intercom('update', { last_request_at: Math.floor(Date.now() / 1000) });
}

export function onLogout() {
  window.Intercom('shutdown');
}
