import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

const HEADER_HTML = '<header class="print-header">Order summary</header>';

export function PrintPreview({ order, note, footerHtml }) {
  const bodyRef = useRef(null);

  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    el.insertAdjacentHTML('afterbegin', HEADER_HTML);
    // expect: xss
    el.insertAdjacentHTML('beforeend', `<p class="note">${note.text}</p>`);
    el.insertAdjacentHTML('beforeend', DOMPurify.sanitize(footerHtml));
    el.insertAdjacentText('beforeend', order.customerName);
  }, [note, footerHtml, order]);

  return <div className="print-body" ref={bodyRef} />;
}

export function openPrintWindow(order) {
  const win = window.open('', '_blank', 'width=800,height=600');
  win.document.title = 'Print order ' + order.number;
  const list = win.document.createElement('ul');
  order.lines.forEach((line) => {
    const li = win.document.createElement('li');
    li.textContent = `${line.qty} x ${line.name}`;
    list.appendChild(li);
  });
  win.document.body.appendChild(list);
  return win;
}

export function legacyReceiptBanner() {
  const params = new URLSearchParams(window.location.search);
  // expect: xss
  document.write('<div class="banner">Receipt for ' + params.get('customer') + '</div>');
}

export function writeLoadingPlaceholder() {
  document.write('<p class="loading">Loading receipt…</p>');
}

export function appendMessage(container, message) {
  // expect: xss
  container.insertAdjacentHTML('beforeend', '<li>' + message.author + ': ' + message.body + '</li>');
}
