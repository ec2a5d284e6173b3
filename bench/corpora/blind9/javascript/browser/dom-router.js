// library: DOM APIs (innerHTML, document.write, location)
const views = {
  home: '<h1>Home</h1>',
  help: '<h1>Help</h1><p>Contact support.</p>',
};

function route() {
  const name = decodeURIComponent(location.hash.slice(1));
  const main = document.getElementById('main');
  if (Object.prototype.hasOwnProperty.call(views, name)) {
    main.innerHTML = views[name];
  } else {
    // expect: xss
    main.innerHTML = '<h1>Not found: ' + name + '</h1>';
  }
}

function showReturnLink() {
  const back = new URLSearchParams(location.search).get('back');
  const a = document.createElement('a');
  a.textContent = 'Back';
  if (back && back.startsWith('/') && !back.startsWith('//')) a.href = back;
  document.body.appendChild(a);
}

function legacyGreeting() {
  const who = new URLSearchParams(location.search).get('who');
  // expect: xss
  document.write('<p>Hello ' + who + '</p>');
}

function goNext() {
  const next = new URLSearchParams(location.search).get('next');
  // expect: open-redirect
  window.location.href = next;
}

window.addEventListener('hashchange', route);
route();
showReturnLink();
legacyGreeting();
