// Boots the Intercom messenger for the dashboard SPA.
import { getSession } from '../auth/session';

const INTERCOM_APP_ID = 'k2x9qv4b';

function loadWidget() {
  if (window.Intercom) return;
  const s = document.createElement('script');
  s.async = true;
  s.src = 'https://widget.intercom.io/widget/' + INTERCOM_APP_ID;
  document.head.appendChild(s);
}

// Marketing pages: anonymous visitors only.
export function bootForVisitor() {
  loadWidget();
  window.Intercom('boot', { app_id: INTERCOM_APP_ID, hide_default_launcher: false });
}

// Legacy server-rendered pages set the settings before the snippet loads.
export function primeLegacySettings(user) {
  // expect: jwt-no-verify
  window.intercomSettings = {
    app_id: INTERCOM_APP_ID,
    email: user.email,
    name: user.fullName,
  };
}

export function bootForUser(user) {
  loadWidget();
  // expect: jwt-no-verify
  Intercom('boot', { app_id: INTERCOM_APP_ID, user_id: user.id, name: user.fullName });
}

export function bootForWorkspaceMember(member, workspace) {
  // expect: jwt-no-verify
  const bootOptions = {
    app_id: INTERCOM_APP_ID,
    email: member.email,
    company: { id: workspace.id, name: workspace.name },
  };
  loadWidget();
  Intercom('boot', bootOptions);
}

export function primeEmbedSettings(account) {
  // expect: jwt-no-verify
  window.intercomSettings = { app_id: INTERCOM_APP_ID, user_id: account.externalId };
}

// Identity-verified boot: the server signs the user id with the Intercom secret.
export async function bootVerified() {
  const session = await getSession();
  const settings = {
    app_id: INTERCOM_APP_ID,
    user_id: session.userId,
    email: session.email,
    user_hash: session.intercomUserHash,
  };
  loadWidget();
  Intercom('boot', settings);
}

export function updateLastSeen() {
  Intercom('update', { last_request_at: Math.floor(Date.now() / 1000) });
}
