// Boots the Intercom messenger for the web app.
const APP_ID = 'q7x2m9ab';

function bootForSignedIn(user) {
  // expect: jwt-no-verify
  window.intercomSettings = {
    app_id: APP_ID,
    email: user.email,
    name: user.name,
    created_at: Math.floor(new Date(user.createdAt).getTime() / 1000),
  };
}

function bootForAccount(account) {
  // expect: jwt-no-verify
  Intercom('boot', { app_id: APP_ID, user_id: account.id, name: account.companyName });
}

async function bootFromProfile() {
  const me = await fetch('/api/me').then((r) => r.json());
  // expect: jwt-no-verify
  const settings = { app_id: APP_ID, email: me.email, user_id: me.id, created_at: me.createdAt };
  Intercom('boot', settings);
}

async function bootVerified() {
  const me = await fetch('/api/me').then((r) => r.json());
  const settings = { app_id: APP_ID, email: me.email, user_id: me.id, user_hash: me.intercomUserHash };
  Intercom('boot', settings);
}

function bootVerifiedInline(user) {
  window.intercomSettings = { app_id: APP_ID, email: user.email, user_hash: user.intercomHash };
}

function bootVisitor() {
  Intercom('boot', { app_id: APP_ID, hide_default_launcher: false });
}

function signOut() {
  Intercom('shutdown');
}

window.messenger = { bootForSignedIn, bootForAccount, bootFromProfile, bootVerified, bootVerifiedInline, bootVisitor, signOut };
