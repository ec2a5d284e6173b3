// Receives size updates from the embedded checkout iframe.
const CHECKOUT_ORIGIN = 'https://checkout.example.com';

// expect: postmessage-origin
window.addEventListener('message', function (event) {
  const frame = document.getElementById('checkout');
  frame.style.height = event.data.height + 'px';
});

// expect: postmessage-origin
window.addEventListener('message', (e) => {
  if (e.data.type === 'theme') document.body.dataset.theme = String(e.data.theme);
});

window.addEventListener('message', function (event) {
  if (event.origin !== CHECKOUT_ORIGIN) {
    return;
  }
  document.getElementById('checkout').style.height = event.data.height + 'px';
});

window.addEventListener('resize', function () {
  document.body.classList.toggle('narrow', window.innerWidth < 600);
});
