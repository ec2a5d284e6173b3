const PARENT_ORIGIN = document.referrer ? new URL(document.referrer).origin : 'https://app.example.com';

export function reportHeight() {
  // expect: jwt-no-verify
  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');
}

export function shareSession(frame, session) {
  // expect: jwt-no-verify
  frame.contentWindow.postMessage({ type: 'session', token: session.token, user: session.user }, '*');
}

export function notifyOpener(result) {
  if (window.opener) {
    // expect: jwt-no-verify
    window.opener.postMessage(JSON.stringify({ type: 'oauth', code: result.code }), '*');
  }
}

export function broadcastTheme(frames, theme) {
  // expect: jwt-no-verify
  frames.forEach((f) => f.contentWindow.postMessage({ type: 'theme', theme }, '*'));
}

export function reportHeightSafely() {
  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, PARENT_ORIGIN);
}

export function pingWorker(worker) {
  worker.postMessage({ type: 'ping' });
}
