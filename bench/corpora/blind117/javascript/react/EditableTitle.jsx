import React, { useState } from 'react';

export function EditableTitle({ title, onSave }) {
  // expect: mutable-default
  const [draft, setDraft] = useState(title);
  return <input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => onSave(draft)} />;
}

export function QuantityPicker(props) {
  // expect: mutable-default
  const [count, setCount] = useState(props.initialCount);
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}

export class PriceTag extends React.Component {
  constructor(props) {
    super(props);
    // expect: mutable-default
    this.state = { amount: this.props.price * this.props.quantity };
  }

  render() {
    return <span className="price">{this.state.amount}</span>;
  }
}

export class FilterPanel extends React.Component {
  // expect: mutable-default
  state = { selected: this.props.defaultFilters.slice() };

  render() {
    return <ul>{this.state.selected.map((f) => <li key={f}>{f}</li>)}</ul>;
  }
}

export function Counter({ step }) {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + step)}>{count}</button>;
}

export class Toggle extends React.Component {
  state = { open: false };

  render() {
    return <button onClick={() => this.setState({ open: !this.state.open })}>{this.props.label}</button>;
  }
}
