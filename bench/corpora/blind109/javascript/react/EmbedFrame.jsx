import React, { useEffect, useRef } from 'react';

export function PartnerEmbed({ snippet }) {
  const hostRef = useRef(null);
  useEffect(() => {
    // expect: xss
    hostRef.current.insertAdjacentHTML('beforeend', snippet);
  }, [snippet]);
  return <div ref={hostRef} className="embed" />;
}

export function ActivityFeed({ items }) {
  const listRef = useRef(null);
  useEffect(() => {
    for (const item of items) {
      // expect: xss
      listRef.current.insertAdjacentHTML('afterbegin', `<li class="activity">${item.actor} ${item.summary}</li>`);
    }
  }, [items]);
  return <ul ref={listRef} />;
}

export function AdSlot({ adTag }) {
  useEffect(() => {
    if (document.readyState === 'loading') {
      // expect: xss
      document.write(adTag);
    }
  }, [adTag]);
  return null;
}

export function PrintButton({ invoiceHtml }) {
  const onPrint = () => {
    const win = window.open('', '_blank');
    // expect: xss
    win.document.writeln(invoiceHtml);
    win.document.close();
    win.print();
  };
  return <button onClick={onPrint}>Print</button>;
}

export function Divider() {
  const ref = useRef(null);
  useEffect(() => {
    ref.current.insertAdjacentHTML('beforeend', '<hr class="divider" />');
    ref.current.insertAdjacentText('beforeend', 'End of feed');
  }, []);
  return <div ref={ref} />;
}

export function Toast({ message }) {
  const ref = useRef(null);
  useEffect(() => {
    const p = document.createElement('p');
    p.textContent = message;
    ref.current.insertAdjacentElement('afterbegin', p);
  }, [message]);
  return <div ref={ref} />;
}
