// Host page for third-party widgets.
const WIDGET_ORIGIN = 'https://widgets.example.net';

// expect: postmessage-origin
window.addEventListener('message', function (event) {
  if (event.data && event.data.action === 'setTitle') {
    document.title = event.data.title;
  }
});

// expect: postmessage-origin
window.addEventListener('message', ({ data }) => {
  document.getElementById('widget-status').textContent = String(data.status);
});

window.addEventListener('message', function (event) {
  if (event.origin == WIDGET_ORIGIN) {
    document.title = event.data.title;
  }
});

window.addEventListener('load', function () {
  document.body.classList.add('ready');
});
