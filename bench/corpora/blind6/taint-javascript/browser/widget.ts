import $ from 'jquery';

export function mountWidget(root: HTMLElement): void {
  const params = new URLSearchParams(location.search);
  const title = params.get('title') ?? '';
  const color = params.get('color') ?? 'blue';

  // expect: dom-xss-jquery-html
  $(root).find('.widget-title').html(title);
  $(root).find('.widget-title-plain').text(title);

  // expect: dom-xss-jquery-replacewith
  $(root).find('.placeholder').replaceWith(`<section class="w">${params.get('body')}</section>`);

  if (['blue', 'green', 'red'].includes(color)) {
    $(root).addClass(`widget-${color}`);
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== 'https://app.example-partner.com') return;
    $(root).find('.status').text(String(event.data.status));
  });

  window.addEventListener('message', (event: MessageEvent) => {
    // expect: dom-xss-jquery-message
    $(root).find('.remote').html(event.data.html);
  });
}
