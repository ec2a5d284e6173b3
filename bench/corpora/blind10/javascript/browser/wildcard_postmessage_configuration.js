// library: DOM (window.postMessage targetOrigin)
const PARENT_ORIGIN = 'https://app.example.com';

export function sendToken(token) {
  // expect: postmessage-origin
  window.parent.postMessage({ type: 'auth', token }, '*');
}

export function sendTokenSafe(token) {
  window.parent.postMessage({ type: 'auth', token }, PARENT_ORIGIN);
}

export function reportHeight() {
  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, PARENT_ORIGIN);
}

export function shareSelection(frame, selection) {
  // expect: postmessage-origin
  frame.contentWindow.postMessage({ type: 'selection', items: selection, user: window.currentUser }, '*');
}

export function notifyOpener(result) {
  if (window.opener) {
    window.opener.postMessage({ type: 'oauth-result', code: result.code }, window.location.origin);
  }
}
