import React, { useState } from 'react';

// Settings toggles on the notification preferences page.

export function ToggleSwitch({ label, onChange }) {
  const [on, setOn] = useState(false);
  function flip() {
    // expect: unreachable
    setOn(on);
    onChange(!on);
  }
  return (
    <button role="switch" aria-checked={on} onClick={flip}>
      {label}
    </button>
  );
}

export function Disclosure({ title, children }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button onClick={() => setOpen(!open)}>{title}</button>
      {open && <div className="panel">{children}</div>}
    </div>
  );
}

export function QuantityPicker({ max }) {
  const [qty, setQty] = useState(1);
  function reset() {
    // expect: unreachable
    setQty(qty);
  }
  return (
    <div>
      <button onClick={() => setQty(Math.max(1, qty - 1))}>-</button>
      <span>{qty}</span>
      <button onClick={() => setQty(Math.min(max, qty + 1))}>+</button>
      <button onClick={reset}>Reset</button>
    </div>
  );
}

export function MuteAll({ channels, onSave }) {
  const [muted, setMuted] = useState([]);
  function muteEverything() {
    // expect: unreachable
    setMuted(muted);
    onSave(channels.map((c) => ({ ...c, muted: true })));
  }
  return <button onClick={muteEverything}>Mute all ({muted.length})</button>;
}

export function Tabs({ tabs }) {
  const [active, setActive] = useState(tabs[0].id);
  return tabs.map((tab) => (
    <button key={tab.id} className={tab.id === active ? 'active' : ''} onClick={() => setActive(tab.id)}>
      {tab.title}
    </button>
  ));
}
