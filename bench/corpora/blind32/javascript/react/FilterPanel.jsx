import React, { useEffect, useState } from 'react';

export default function FilterPanel({ facets, onApply }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState([]);
  const [page, setPage] = React.useState(1);

  // expect: set-state-no-op
  const toggle = () => setOpen(open);

  const toggleFixed = () => setOpen((wasOpen) => !wasOpen);

  function choose(facet) {
    selected.push(facet.id);
    // expect: set-state-no-op
    setSelected(selected);
  }

  function chooseFixed(facet) {
    setSelected([...selected, facet.id]);
  }

  function onQueryChange(event) {
    if (event.target.value.length > 200) {
      // expect: set-state-no-op
      setQuery(query);
      return;
    }
    setQuery(event.target.value);
  }

  useEffect(() => {
    if (!facets.length) {
      // expect: set-state-no-op
      setPage(page);
    } else {
      setPage(1);
    }
  }, [facets]);

  const apply = () => {
    onApply({ query, selected, page });
    setOpen(!open);
  };

  return (
    <aside className={open ? 'filters open' : 'filters'}>
      <button type="button" onClick={toggle}>Filters</button>
      <button type="button" onClick={toggleFixed} aria-label="toggle" />
      <input value={query} onChange={onQueryChange} />
      <ul>
        {facets.map((f) => (
          <li key={f.id}>
            <button type="button" onClick={() => choose(f)}>{f.label}</button>
            <button type="button" onClick={() => chooseFixed(f)}>+</button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={apply}>Apply</button>
    </aside>
  );
}
