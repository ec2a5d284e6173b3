'use strict';

var TRUSTED_ORIGIN = 'https://app.example.com';
var ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

// expect: postmessage-origin
window.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type === 'resize') {
    document.getElementById('frame').style.height = data.height + 'px';
  }
});

function onCheckoutMessage(event) {
  if (event.data && event.data.type === 'paid') {
    window.sessionStorage.setItem('orderId', event.data.orderId);
  }
}
// expect: postmessage-origin
window.addEventListener('message', onCheckoutMessage, false);

const handleThemeMessage = (e) => {
  document.documentElement.dataset.theme = e.data.theme;
};
// expect: postmessage-origin
window.addEventListener('message', handleThemeMessage);

// expect: postmessage-origin
window.addEventListener('message', function (msg) {
  if (msg.data.action === 'logout') {
    window.localStorage.removeItem('session');
  }
}, { passive: true });

window.addEventListener('message', function (event) {
  if (event.origin !== TRUSTED_ORIGIN) {
    return;
  }
  document.getElementById('frame').style.height = event.data.height + 'px';
});

function onAdminMessage(event) {
  if (ALLOWED_ORIGINS.indexOf(event.origin) === -1) {
    return;
  }
  window.sessionStorage.setItem('adminView', event.data.view);
}
window.addEventListener('message', onAdminMessage);
