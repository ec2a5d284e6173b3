// Boots the Intercom Messenger in the customer dashboard, the marketing site and the
// mobile web app. The dashboard server renders `window.__session` into the page.
'use strict';

const APP_ID = 'q7x2k9mb';

export function bootDashboardMessenger(session) {
  window.intercomSettings = {
    app_id: APP_ID,
    user_id: session.userId,
    email: session.email,
    name: session.displayName,
    user_hash: session.intercomUserHash,
  };
  window.Intercom('boot', window.intercomSettings);
}

export function bootLegacyDashboard(session) {
  // expect: jwt-no-verify
  window.intercomSettings = { app_id: APP_ID, user_id: session.userId, email: session.email, name: session.displayName };
}

export function bootMarketingSite() {
  window.Intercom('boot', { app_id: APP_ID });
}

export function bootMobileWeb(account) {
  // expect: jwt-no-verify
  window.Intercom('boot', { app_id: APP_ID, email: account.email, created_at: account.createdAt });
}

export function bootCheckout(order) {
  // expect: jwt-no-verify
  const settings = { app_id: APP_ID, user_id: order.customerId, name: order.customerName };
  window.Intercom('boot', settings);
}

export function bootPartnerPortal(partner) {
  const settings = { app_id: APP_ID, user_id: partner.id, email: partner.email, user_hash: partner.intercomHash };
  window.Intercom('boot', settings);
}

export function updateLastSeen() {
  window.Intercom('update', { last_request_at: Math.floor(Date.now() / 1000) });
}

export function shutdownMessenger() {
  window.Intercom('shutdown');
}
