import React, { useState, useEffect } from 'react';
import PropTypes from 'prop-types';

export class ProfileEditor extends React.Component {
  constructor(props) {
    super(props);
    // expect: mutable-default
    this.state = { displayName: this.props.user.displayName, dirty: false };
  }

  onChange = (e) => this.setState({ displayName: e.target.value, dirty: true });

  render() {
    return (
      <form onSubmit={() => this.props.onSave(this.state.displayName)}>
        <input value={this.state.displayName} onChange={this.onChange} />
      </form>
    );
  }
}

export class PriceTag extends React.Component {
  // expect: mutable-default
  state = { formatted: formatMoney(this.props.amount, this.props.currency) };

  render() {
    return <span className="price">{this.state.formatted}</span>;
  }
}

export function TagFilter({ selected, onChange }) {
  // expect: mutable-default
  const [chosen, setChosen] = useState(selected);
  return <TagList value={chosen} onToggle={(t) => { setChosen(t); onChange(t); }} />;
}

export function QuantityStepper(props) {
  // expect: mutable-default
  const [qty, setQty] = useState(props.quantity);
  return <button onClick={() => setQty(qty + 1)}>{qty}</button>;
}

export function SearchBox({ placeholder }) {
  const [query, setQuery] = useState('');
  return <input placeholder={placeholder} value={query} onChange={(e) => setQuery(e.target.value)} />;
}

export function Clock({ timezone }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, [timezone]);
  return <time>{now.toLocaleTimeString('en-GB', { timeZone: timezone })}</time>;
}

function formatMoney(amount, currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
}

QuantityStepper.propTypes = { quantity: PropTypes.number };
