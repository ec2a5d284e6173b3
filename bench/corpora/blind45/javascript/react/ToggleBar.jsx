import React, { useEffect, useState } from 'react';

export function ToggleBar({ onChange }) {
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState([]);
  const [count, setCount] = useState(0);
  const [filter, setFilter] = useState('');

  useEffect(() => {
    // expect: set-state-no-op
    setOpen(open);
  }, [onChange]);

  function addItem(label) {
    items.push({ id: Date.now(), label });
    // expect: set-state-no-op
    setItems(items);
  }

  const resetFilter = () => {
    // expect: set-state-no-op
    setFilter(filter);
  };

  function bump() {
    const next = count;
    // expect: set-state-no-op
    setCount(count);
    onChange(next);
  }

  const toggle = () => setOpen(!open);
  const toggleLater = () => setOpen((wasOpen) => !wasOpen);
  const addSafely = (label) => setItems([...items, { id: Date.now(), label }]);

  return (
    <div className="toggle-bar">
      <button onClick={toggle}>{open ? 'Close' : 'Open'}</button>
      <button onClick={toggleLater}>Toggle later</button>
      <button onClick={() => addItem('item')}>Add</button>
      <button onClick={() => addSafely('item')}>Add (copy)</button>
      <button onClick={bump}>{count}</button>
      <input value={filter} onChange={(e) => setFilter(e.target.value)} onBlur={resetFilter} />
    </div>
  );
}
