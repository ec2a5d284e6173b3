// Vanilla widgets on the help-centre pages.
(function () {
  const params = new URLSearchParams(location.search);

  function renderSearchTerm() {
    const term = params.get('q') || '';
    document.getElementById('term').textContent = term;
    // expect: xss
    document.getElementById('term-html').innerHTML = 'You searched for <em>' + term + '</em>';
  }

  function renderLegacyBanner() {
    // expect: xss
    document.write('<div class="legacy">' + decodeURIComponent(location.hash.slice(1)) + '</div>');
  }

  function followReturn() {
    const ret = params.get('return');
    if (ret && ret.startsWith('/') && !ret.startsWith('//')) {
      window.location.assign(ret);
    }
  }

  function followReturnUnchecked() {
    // expect: open-redirect
    window.location.href = params.get('return');
  }

  function notifyParent(data) {
    // expect: postmessage-any-origin
    window.parent.postMessage({ type: 'resize', data }, '*');
    window.parent.postMessage({ type: 'ready' }, 'https://help.example.com');
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== 'https://help.example.com') return;
    document.getElementById('status').textContent = event.data.status;
  });

  window.addEventListener('message', (event) => {
    // expect: xss
    document.getElementById('chat').insertAdjacentHTML('beforeend', event.data.html);
  });

  function addRow(user) {
    const row = document.createElement('tr');
    row.innerHTML = '<td class="empty"></td>';
    row.querySelector('td').textContent = user.name;
    document.querySelector('#users tbody').appendChild(row);
  }

  renderSearchTerm();
  renderLegacyBanner();
  followReturn();
  followReturnUnchecked();
  notifyParent({});
  addRow({ name: 'x' });
})();
