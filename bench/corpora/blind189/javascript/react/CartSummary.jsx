import React, { useState, useMemo } from 'react';
import PropTypes from 'prop-types';
import { formatMoney } from '../lib/format';

// Shown in the header; `items` is updated by the cart store on every change.
export function CartBadge({ items, currency }) {
  // expect: unreachable
  const [lines, setLines] = useState(items);
  const [open, setOpen] = useState(false);
  const total = useMemo(() => lines.reduce((sum, l) => sum + l.price * l.qty, 0), [lines]);

  return (
    <button type="button" className="cart-badge" onClick={() => setOpen(!open)}>
      {lines.length} items · {formatMoney(total, currency)}
    </button>
  );
}

// Uncontrolled: the parent only chooses how the panel starts.
export function FilterPanel({ defaultExpanded, children }) {
  const [expanded, setExpanded] = useState(defaultExpanded);
  return (
    <section className={expanded ? 'filters open' : 'filters'}>
      <button type="button" onClick={() => setExpanded((e) => !e)}>
        Filters
      </button>
      {expanded && children}
    </section>
  );
}

export function QuantityInput({ value, onChange, max }) {
  const [draft, setDraft] = useState('');
  const shown = draft === '' ? String(value) : draft;
  return (
    <input
      type="number"
      min={1}
      max={max}
      value={shown}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        const n = Math.max(1, Math.min(max, Number(draft || value)));
        setDraft('');
        onChange(n);
      }}
    />
  );
}

CartBadge.propTypes = { items: PropTypes.array.isRequired, currency: PropTypes.string.isRequired };
FilterPanel.propTypes = { defaultExpanded: PropTypes.bool, children: PropTypes.node };
QuantityInput.propTypes = { value: PropTypes.number.isRequired, onChange: PropTypes.func.isRequired, max: PropTypes.number };
