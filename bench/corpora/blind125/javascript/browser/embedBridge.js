// Bridge between the help-widget iframe and the host page.
var TRUSTED_ORIGIN = 'https://widget.example.com';
var frame = document.getElementById('help-widget');

function handleMessage(event) {
  var data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  if (data.type === 'navigate') {
    window.location.hash = data.section;
  }
}

// expect: jwt-no-verify
window.addEventListener('message', function (event) {
  var msg = JSON.parse(event.data);
  if (msg.type === 'resize') {
    frame.style.height = msg.height + 'px';
  }
});

// expect: jwt-no-verify
window.addEventListener('message', (e) => {
  if (e.data && e.data.type === 'session') {
    localStorage.setItem('widgetSession', e.data.token);
  }
});

// expect: jwt-no-verify
window.addEventListener('message', handleMessage, false);

// Safe look-alikes: an origin check around the whole handler, a non-message event.
window.addEventListener('message', function (event) {
  if (event.origin === TRUSTED_ORIGIN) {
    frame.dataset.ready = String(event.data === 'ready');
  }
});

window.addEventListener('resize', function () {
  frame.style.width = Math.min(window.innerWidth, 420) + 'px';
});

frame.contentWindow.postMessage({ type: 'hello' }, TRUSTED_ORIGIN);
