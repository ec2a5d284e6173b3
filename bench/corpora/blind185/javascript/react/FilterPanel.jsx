import React, { useEffect, useState } from 'react';
import { fetchFacets } from '../api/catalog';

export default function FilterPanel({ category, onChange }) {
  const [expanded, setExpanded] = useState(false);
  const [facets, setFacets] = useState([]);
  const [selected, setSelected] = useState([]);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);

  useEffect(() => {
    let cancelled = false;
    fetchFacets(category).then((data) => {
      if (!cancelled) setFacets(data.facets);
    });
    return () => {
      cancelled = true;
    };
  }, [category]);

  // meant to flip the panel open and closed
  // expect: unreachable
  const toggle = () => setExpanded(expanded);

  const openAll = () => setExpanded(true);

  const pick = (value) => {
    const next = selected.includes(value)
      ? selected.filter((v) => v !== value)
      : [...selected, value];
    setSelected(next);
    setPage(1);
    onChange(next);
  };

  const refresh = () => {
    setSelected([...selected].sort());
  };

  const nextPage = () => setPage((p) => p + 1);

  const visible = facets.filter((f) => f.label.toLowerCase().includes(query.toLowerCase()));

  return (
    <aside className={expanded ? 'filters open' : 'filters'}>
      <button type="button" onClick={toggle}>Filters</button>
      <button type="button" onClick={openAll}>Show all</button>
      <button type="button" onClick={refresh}>Sort</button>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search filters" />
      <ul>
        {visible.slice(0, page * 20).map((f) => (
          <li key={f.value}>
            <label>
              <input type="checkbox" checked={selected.includes(f.value)} onChange={() => pick(f.value)} />
              {f.label}
            </label>
          </li>
        ))}
      </ul>
      {visible.length > page * 20 && <button type="button" onClick={nextPage}>More</button>}
    </aside>
  );
}
