import React, { useState, useCallback, useEffect } from 'react';

export function Accordion({ title, children }) {
  const [open, setOpen] = useState(false);
  // expect: unreachable
  const toggle = () => { setOpen(open); };
  return (
    <section>
      <button aria-expanded={open} onClick={toggle}>{title}</button>
      {open && <div className="accordion-body">{children}</div>}
    </section>
  );
}

export function DarkModeSwitch() {
  const [dark, setDark] = useState(() => localStorage.getItem('dark') === '1');
  const onChange = useCallback(() => {
    localStorage.setItem('dark', dark ? '0' : '1');
    // expect: unreachable
    setDark(dark);
  }, [dark]);
  return <input type="checkbox" checked={dark} onChange={onChange} />;
}

export function Pager({ pages }) {
  const [page, setPage] = useState(1);
  function reset() {
    // expect: unreachable
    setPage(page);
  }
  return (
    <nav>
      <button onClick={() => setPage(page - 1)} disabled={page === 1}>Prev</button>
      <span>{page} / {pages}</span>
      <button onClick={() => setPage(page + 1)} disabled={page === pages}>Next</button>
      <button onClick={reset}>First</button>
    </nav>
  );
}

export function SyncedInput({ value, onCommit }) {
  const [text, setText] = useState('');
  useEffect(() => {
    // expect: unreachable
    setText(text);
  }, [value]);
  return <input value={text} onChange={(e) => setText(e.target.value)} onBlur={() => onCommit(text)} />;
}

export function Favourite() {
  const [starred, setStarred] = useState(false);
  return <button onClick={() => setStarred(!starred)}>{starred ? '★' : '☆'}</button>;
}

export function Counter() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount((c) => c + 1)}>{count}</button>;
}
