// Loads the Intercom Messenger for signed-in customers (Rails layout passes window.APP).
(function () {
  var APP_ID = 'k3q9zv1a';
  var current = window.APP && window.APP.currentUser;

  if (current && window.APP.page === 'dashboard') {
    // expect: identity-verification
    window.intercomSettings = {
      api_base: 'https://api-iam.intercom.io',
      app_id: APP_ID,
      name: current.name,
      email: current.email,
      created_at: current.createdAt,
    };
  }

  function bootForAccount(account) {
    // expect: identity-verification
    Intercom('boot', {
      app_id: APP_ID,
      user_id: String(account.id),
      company: { id: account.companyId, name: account.companyName },
    });
  }

  function bootFromProfile(profile) {
    // expect: identity-verification
    var settings = { app_id: APP_ID, email: profile.primaryEmail, plan: profile.plan };
    if (profile.locale) settings.language_override = profile.locale;
    Intercom('boot', settings);
  }

  // Safe look-alikes: identified boots carry the server-computed user_hash, and a
  // visitor boot identifies nobody.
  function bootVerified(account) {
    Intercom('boot', {
      app_id: APP_ID,
      user_id: String(account.id),
      email: account.email,
      user_hash: account.intercomUserHash,
    });
  }

  function bootVisitor() {
    Intercom('boot', { app_id: APP_ID, hide_default_launcher: false });
  }

  document.addEventListener('app:signed-in', function (e) {
    if (e.detail.intercomUserHash) bootVerified(e.detail);
    else if (e.detail.profile) bootFromProfile(e.detail.profile);
    else bootForAccount(e.detail);
  });
  document.addEventListener('app:signed-out', function () {
    Intercom('shutdown');
    bootVisitor();
  });
})();
