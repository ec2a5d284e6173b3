import React, { useState } from 'react';

export function Disclosure({ title, children }) {
  const [open, setOpen] = useState(false);

  function toggle() {
    // expect: unreachable
    setOpen(open);
  }

  return (
    <section>
      <button type="button" aria-expanded={open} onClick={toggle}>{title}</button>
      {open && <div className="panel">{children}</div>}
    </section>
  );
}

export function TagList({ initial }) {
  const [tags, setTags] = useState(initial);
  const [draft, setDraft] = useState('');

  function addTag() {
    tags.push(draft.trim());
    // expect: unreachable
    setTags(tags);
    setDraft('');
  }

  function removeTag(tag) {
    setTags(tags.filter((t) => t !== tag));
  }

  return (
    <div>
      {tags.map((t) => <span key={t} onClick={() => removeTag(t)}>{t}</span>)}
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button type="button" onClick={addTag}>Add</button>
    </div>
  );
}

export function Counter({ start }) {
  const [count, setCount] = useState(start);
  const [dark, setDark] = useState(false);

  function reset() {
    // expect: unreachable
    setCount(count);
  }

  return (
    <div className={dark ? 'dark' : 'light'}>
      <span>{count}</span>
      <button type="button" onClick={() => setCount(count + 1)}>+</button>
      <button type="button" onClick={() => setCount((c) => c - 1)}>-</button>
      <button type="button" onClick={() => setDark(!dark)}>Theme</button>
      <button type="button" onClick={reset}>Reset</button>
    </div>
  );
}
