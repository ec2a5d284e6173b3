import React, { useEffect, useRef } from 'react';

type Props = {
  bannerHtml: string;
  adMarkup: string;
  trackingPixelUrl: string;
  footerNote: string;
};

// Hosts markup from the old CMS inside the React app.
export function LegacyWidgetHost({ bannerHtml, adMarkup, trackingPixelUrl, footerNote }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // expect: xss
    el.insertAdjacentHTML('afterbegin', bannerHtml);
    el.insertAdjacentHTML(
      'beforeend',
      // expect: xss
      `<aside class="ad">${adMarkup}</aside>`,
    );
    // Safe look-alikes: constant markup and text.
    el.insertAdjacentHTML('beforeend', '<hr class="divider" />');
    el.insertAdjacentText('beforeend', footerNote);
  }, [bannerHtml, adMarkup, footerNote]);

  return <div ref={ref} className="legacy-widget" />;
}

export function openPrintView(title: string, bodyHtml: string) {
  const win = window.open('', '_blank');
  if (!win) return;
  // expect: xss
  win.document.write('<html><head><title>' + title + '</title></head><body>');
  win.document.write('<link rel="stylesheet" href="/print.css">');
  win.document.close();
}

export function injectTracking(url: string) {
  // expect: xss
  document.write(`<img src="${url}" width="1" height="1" alt="" />`);
}

export function appendDebugLine(message: string) {
  // expect: xss
  document.writeln('<pre>' + message + '</pre>');
}

export function printPlaceholder() {
  document.write('<p>Loading…</p>');
  document.writeln('<noscript>Please enable JavaScript.</noscript>');
}
