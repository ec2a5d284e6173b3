// Boots the Intercom messenger for the dashboard. Identity verification
// (user_hash) is computed server-side and rendered into window.__SESSION__.
(function () {
  var session = window.__SESSION__ || {};
  var APP_ID = 'q1x7zk2a';

  function bootAnonymous() {
    window.intercomSettings = { app_id: APP_ID, hide_default_launcher: false };
  }

  function bootVerified(user) {
    window.intercomSettings = {
      app_id: APP_ID,
      user_id: user.id,
      email: user.email,
      user_hash: user.intercomHash,
    };
  }

  function bootTrial(user) {
    // expect: jwt-no-verify
    window.intercomSettings = { app_id: APP_ID, email: user.email, name: user.name };
  }

  function bootSupportWidget(user) {
    // expect: jwt-no-verify
    Intercom('boot', { app_id: APP_ID, user_id: user.id, created_at: user.createdAt });
  }

  function bootFromConfig(user) {
    var settings = { app_id: APP_ID, user_id: user.id, user_hash: user.intercomHash };
    Intercom('boot', settings);
  }

  function bootPartnerPortal(partner) {
    // expect: jwt-no-verify
    var options = { app_id: APP_ID, email: partner.contactEmail, company: { id: partner.id } };
    Intercom('boot', options);
  }

  if (!session.user) {
    bootAnonymous();
  } else if (session.user.trial) {
    bootTrial(session.user);
  } else if (session.user.partner) {
    bootPartnerPortal(session.user.partner);
  } else if (session.user.support) {
    bootSupportWidget(session.user);
  } else if (session.user.intercomHash) {
    bootVerified(session.user);
  } else {
    bootFromConfig(session.user);
  }
})();
