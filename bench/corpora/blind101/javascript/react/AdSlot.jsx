import React, { useEffect } from 'react';

export function AdSlot({ slotId, creative }) {
  useEffect(() => {
    const host = document.getElementById(`ad-${slotId}`);
    // expect: xss
    host.insertAdjacentHTML('beforeend', creative.markup);
  }, [slotId, creative]);
  return <div id={`ad-${slotId}`} className="ad-slot" />;
}

export function LegacyTracker({ pixelUrl }) {
  useEffect(() => {
    // expect: xss
    document.write('<img src="' + pixelUrl + '" width="1" height="1" alt="">');
  }, [pixelUrl]);
  return null;
}

export function PrintableReceipt({ receipt }) {
  const print = () => {
    const win = window.open('', '_blank', 'noopener');
    // expect: xss
    win.document.writeln(`<h1>Receipt ${receipt.number}</h1><p>${receipt.customerNote}</p>`);
    win.document.close();
    win.print();
  };
  return <button onClick={print}>Print</button>;
}

export function Announcement({ banner }) {
  useEffect(() => {
    const bar = document.querySelector('.announcement-bar');
    // expect: xss
    if (bar) bar.insertAdjacentHTML('afterbegin', `<strong>${banner.title}</strong> ${banner.body}`);
  }, [banner]);
  return null;
}

export function Divider() {
  useEffect(() => {
    document.querySelector('.footer').insertAdjacentHTML('beforebegin', '<hr class="divider">');
  }, []);
  return null;
}

export function SafeNote({ note }) {
  useEffect(() => {
    const el = document.getElementById('note');
    if (el) el.insertAdjacentText('beforeend', note.text);
  }, [note]);
  return <p id="note" />;
}
