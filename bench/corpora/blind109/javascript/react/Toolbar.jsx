import React, { useState } from 'react';

export function Toolbar({ onSearch }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [count, setCount] = useState(0);

  function toggleMenu() {
    // expect: unreachable
    setOpen(open);
  }

  function resetCounter() {
    // expect: unreachable
    setCount(count);
  }

  return (
    <div className="toolbar">
      <button onClick={toggleMenu}>Menu</button>
      <button onClick={() => setCount((c) => c + 1)}>+1 ({count})</button>
      <button onClick={resetCounter}>Reset</button>
      <input value={query} onChange={(e) => setQuery(e.target.value)} />
      <button onClick={() => onSearch(query)}>Search</button>
      {open && <ul className="menu"><li>Settings</li></ul>}
    </div>
  );
}

export function TagList() {
  const [tags, setTags] = useState([]);
  const [filters, setFilters] = useState({ tag: null });

  function addTag(tag) {
    tags.push(tag);
    // expect: unreachable
    setTags(tags);
  }

  function selectTag(tag) {
    filters.tag = tag;
    // expect: unreachable
    setFilters(filters);
  }

  function addTagCopy(tag) {
    setTags([...tags, tag]);
  }

  function clearFilter() {
    setFilters({ ...filters, tag: null });
  }

  return (
    <div>
      {tags.map((t) => <button key={t} onClick={() => selectTag(t)}>{t}</button>)}
      <button onClick={() => addTag('new')}>Add</button>
      <button onClick={() => addTagCopy('copy')}>Add copy</button>
      <button onClick={clearFilter}>Clear</button>
    </div>
  );
}

export function Disclosure() {
  const [expanded, setExpanded] = useState(false);
  return <button onClick={() => setExpanded(!expanded)}>{expanded ? 'Less' : 'More'}</button>;
}
