// Widget script that runs inside a customer's iframe and talks to the host page.
(function () {
  'use strict';

  var ANY_ORIGIN = '*';
  var HOST_ORIGIN = document.referrer ? new URL(document.referrer).origin : window.location.origin;

  function reportHeight() {
    var height = document.documentElement.scrollHeight;
    // expect: postmessage-origin
    window.parent.postMessage({ type: 'widget:resize', height: height }, '*');
  }

  function shareSession(session) {
    var payload = JSON.stringify({ type: 'widget:session', token: session.token, user: session.userId });
    // expect: postmessage-origin
    window.top.postMessage(payload, ANY_ORIGIN);
  }

  function notifyOpener(result) {
    if (!window.opener) return;
    window.opener.postMessage(
      { type: 'oauth:done', code: result.code, state: result.state },
      // expect: postmessage-origin
      '*'
    );
    window.close();
  }

  function PreviewFrame(iframe) {
    this.frame = iframe;
  }

  PreviewFrame.prototype.render = function (doc) {
    // expect: postmessage-origin
    this.frame.contentWindow.postMessage({ type: 'preview:render', html: doc.html, draftId: doc.id }, "*");
  };

  // Look-alike: the host page's own origin, taken from the referrer.
  function ackHost(id) {
    window.parent.postMessage({ type: 'widget:ack', id: id }, HOST_ORIGIN);
  }

  // Look-alike: a dedicated worker has no target origin.
  var worker = new Worker('/static/widget-worker.js');
  function crunch(rows) {
    worker.postMessage({ rows: rows });
  }

  // Look-alike: a fixed, known origin.
  function pingDashboard(frame) {
    frame.contentWindow.postMessage('ping', 'https://dashboard.example.com');
  }

  window.addEventListener('load', reportHeight);
  window.EmbedChannel = {
    shareSession: shareSession,
    notifyOpener: notifyOpener,
    PreviewFrame: PreviewFrame,
    ackHost: ackHost,
    crunch: crunch,
    pingDashboard: pingDashboard,
  };
})();
