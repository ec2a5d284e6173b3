import React, { useEffect, useState } from 'react';
import { fetchFacets } from '../api/search';

export default function FilterPanel({ category, onChange, labels }) {
  const [expanded, setExpanded] = useState(false);
  const [facets, setFacets] = useState([]);
  const [selected, setSelected] = useState(new Set());
  const [loading, setLoading] = useState(true);
  const [page, setPage] = useState(1);

  useEffect(() => {
    let cancelled = false;
    fetchFacets(category).then((data) => {
      if (cancelled) return;
      facets.push(...data.facets);
      // expect: set-state-no-op
      setFacets(facets);
      // expect: set-state-no-op
      setLoading(loading);
    });
    return () => {
      cancelled = true;
    };
  }, [category]);

  // expect: set-state-no-op
  const collapse = () => setExpanded(expanded);

  // Safe: the value is flipped.
  const toggle = () => setExpanded(!expanded);

  function toggleFacet(id) {
    if (selected.has(id)) {
      selected.delete(id);
    } else {
      selected.add(id);
    }
    // expect: set-state-no-op
    setSelected(selected);
    onChange([...selected]);
  }

  function nextPage() {
    // Safe: a functional update to a new value.
    setPage((p) => p + 1);
  }

  function reset() {
    // Safe: a new Set object.
    setSelected(new Set());
    setPage(1);
  }

  if (loading) return <div className="spinner" />;

  return (
    <aside className={expanded ? 'filters open' : 'filters'}>
      <button onClick={toggle}>{labels.filters}</button>
      <button onClick={collapse} aria-label={labels.close}>×</button>
      <ul>
        {facets.slice(0, page * 10).map((f) => (
          <li key={f.id}>
            <input type="checkbox" checked={selected.has(f.id)} onChange={() => toggleFacet(f.id)} />
            {f.label}
          </li>
        ))}
      </ul>
      <button onClick={nextPage}>{labels.more}</button>
      <button onClick={reset}>{labels.reset}</button>
    </aside>
  );
}
