// library: DOM / eval / postMessage
const handlers = {
  resize: (data) => document.body.style.setProperty('--h', `${Number(data.height) || 0}px`),
  theme: (data) => document.documentElement.setAttribute('data-theme', data.theme === 'dark' ? 'dark' : 'light'),
};

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
  const fn = handlers[event.data && event.data.type];
  if (fn) fn(event.data);
});

window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'exec') {
    // expect: code-injection
    eval(event.data.code);
  }
});

export function scheduleRefresh(widgetId, seconds) {
  setTimeout(() => refresh(widgetId), seconds * 1000);
}

export function scheduleLegacy(callbackName) {
  // expect: code-injection
  setTimeout(callbackName + '()', 1000);
}

export function formula(expr) {
  // expect: code-injection
  const fn = new Function('row', 'return ' + expr);
  return fn;
}

export function parseConfig(text) {
  return JSON.parse(text);
}

function refresh(widgetId) {
  return fetch(`/api/widgets/${encodeURIComponent(widgetId)}`).then((r) => r.json());
}
