// library: DOM (message event listeners)
const TRUSTED = new Set(['https://app.example.com', 'https://widgets.example.com']);

// expect: postmessage-origin
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'session') {
    localStorage.setItem('accessToken', event.data.token);
  }
});

window.addEventListener('message', (event) => {
  if (!TRUSTED.has(event.origin)) return;
  if (event.data.type === 'theme') document.body.dataset.theme = event.data.theme;
});

function onConfig(event) {
  localStorage.setItem('apiBase', event.data.apiBase);
}
// expect: postmessage-origin
window.addEventListener('message', onConfig, false);

window.addEventListener('message', function (event) {
  if (event.origin !== 'https://app.example.com') return;
  document.getElementById('status').textContent = String(event.data.status);
});
