import React, { useState, useEffect } from 'react';
import PropTypes from 'prop-types';

export function SettingsPanel({ initialOpen, onSave }) {
  const [open, setOpen] = useState(initialOpen);
  const [dirty, setDirty] = useState(false);
  const [count, setCount] = useState(0);

  function toggle() {
    // expect: unreachable
    setOpen(open);
  }

  function markDirty() {
    setDirty(true);
    setCount(count + 1);
  }

  function reset() {
    // expect: unreachable
    setDirty(dirty);
    setOpen(!open);
  }

  useEffect(() => {
    if (!open) setCount(0);
  }, [open]);

  return (
    <section className={open ? 'panel open' : 'panel'}>
      <button onClick={toggle}>Settings</button>
      <button onClick={markDirty}>Edit ({count})</button>
      <button onClick={reset}>Reset</button>
      <button disabled={!dirty} onClick={() => onSave()}>Save</button>
    </section>
  );
}

export function Accordion({ title, children }) {
  const [expanded, setExpanded] = useState(false);
  const flip = () => {
    // expect: unreachable
    setExpanded(expanded);
  };
  const forceOpen = () => setExpanded(true);
  return (
    <div>
      <h3 onClick={flip} onDoubleClick={forceOpen}>{title}</h3>
      {expanded && <div>{children}</div>}
    </div>
  );
}

SettingsPanel.propTypes = { initialOpen: PropTypes.bool, onSave: PropTypes.func };
Accordion.propTypes = { title: PropTypes.string, children: PropTypes.node };
