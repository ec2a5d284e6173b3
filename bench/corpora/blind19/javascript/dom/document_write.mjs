// DOM: document.write / writeln with query-string values (ad / embed loader)
const qs = new URLSearchParams(location.search);

export function writeEmbed() {
  const lib = qs.get('lib');
  // expect: xss
  document.write('<script src="https://cdn.example.com/' + lib + '.js"></script>');
}

export function writeSearchHeader() {
  const q = qs.get('q') ?? '';
  // expect: xss
  document.writeln(`<h2>Results for ${q}</h2>`);
}

export function writeReferrer() {
  // expect: xss
  window.document.write(`<p>You came from ${document.referrer}</p>`);
}

export function writePlaceholder() {
  document.write('<p class="loading">Loading…</p>');
}

export function writeSearchHeaderSafely() {
  const h2 = document.createElement('h2');
  h2.textContent = `Results for ${qs.get('q') ?? ''}`;
  document.body.prepend(h2);
}
