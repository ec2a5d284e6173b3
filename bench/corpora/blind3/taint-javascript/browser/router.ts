// Client-side router for the help centre.
type Route = { path: RegExp; render: (m: RegExpMatchArray) => string };

const outlet = document.getElementById('outlet') as HTMLElement;
const routes: Route[] = [
  { path: /^#\/article\/(\d+)$/, render: (m) => `<article data-id="${Number(m[1])}"></article>` },
  { path: /^#\/search\/(.*)$/, render: (m) => `<h2>Search: ${decodeURIComponent(m[1])}</h2>` },
];

function navigate(): void {
  const hash = window.location.hash;
  for (const r of routes) {
    const m = hash.match(r.path);
    if (m) {
      // expect: xss
      outlet.innerHTML = r.render(m);
      return;
    }
  }
  outlet.textContent = 'Not found';
}

function showError(): void {
  const msg = new URLSearchParams(location.search).get('error') ?? '';
  const box = document.createElement('div');
  box.className = 'error';
  box.textContent = msg;
  document.body.prepend(box);
}

function openHelp(): void {
  const target = new URLSearchParams(location.search).get('help');
  const frame = document.getElementById('help-frame') as HTMLIFrameElement;
  // expect: xss
  frame.src = target ?? '/help';
}

window.addEventListener('hashchange', navigate);
navigate();
showError();
openHelp();
