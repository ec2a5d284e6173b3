// Browser widget: renders a banner and a search box from URL data.
(function () {
  const params = new URLSearchParams(window.location.search);
  const banner = document.getElementById('banner');

  function readHash() {
    return decodeURIComponent(location.hash.slice(1));
  }

  const msg = params.get('msg');
  if (msg) {
    // expect: xss
    banner.innerHTML = '<strong>' + msg + '</strong>';
  }

  const section = readHash();
  // expect: xss
  document.getElementById('title').innerHTML = `Section: ${section}`;

  banner.textContent = params.get('note') || '';

  const count = parseInt(params.get('count'), 10);
  document.getElementById('count').innerHTML = '<b>' + count + '</b>';

  document.getElementById('static').innerHTML = '<em>Welcome</em>';

  const cb = params.get('cb');
  // expect: code-injection
  setTimeout('window.' + cb + '()', 100);

  setTimeout(() => banner.classList.add('shown'), 100);

  const ref = document.referrer;
  // expect: xss
  document.write('<a href="' + ref + '">back</a>');

  window.addEventListener('message', (event) => {
    if (event.origin !== 'https://app.example.com') return;
    document.getElementById('frame-title').textContent = event.data.title;
  });

  window.addEventListener('message', (e) => {
    const html = e.data.html;
    // expect: xss
    document.getElementById('preview').innerHTML = html;
  });

  const next = params.get('next');
  // expect: open-redirect
  window.location.href = next;

  const safeNext = params.get('safe');
  if (safeNext && safeNext.startsWith('/') && !safeNext.startsWith('//')) {
    window.location.assign(safeNext);
  }
})();
