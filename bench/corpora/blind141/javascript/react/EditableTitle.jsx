import React, { useState, useEffect } from 'react';

export class EditableTitle extends React.Component {
  constructor(props) {
    super(props);
    // expect: unreachable
    this.state = { title: this.props.initialTitle, editing: false };
  }

  render() {
    return <h2 onClick={() => this.setState({ editing: true })}>{this.state.title}</h2>;
  }
}

export class ColorPicker extends React.Component {
  // expect: unreachable
  state = { color: this.props.defaultColor };

  render() {
    return <input type="color" value={this.state.color} onChange={(e) => this.setState({ color: e.target.value })} />;
  }
}

export function QuantityInput({ quantity, onCommit }) {
  // expect: unreachable
  const [draft, setDraft] = useState(quantity);
  return <input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => onCommit(draft)} />;
}

export function SearchField({ query, onSearch }) {
  const [text, setText] = useState('');
  useEffect(() => setText(query), [query]);
  return <input value={text} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && onSearch(text)} />;
}

export class Counter extends React.Component {
  state = { count: 0 };

  render() {
    return <button onClick={() => this.setState({ count: this.state.count + 1 })}>{this.props.label}: {this.state.count}</button>;
  }
}

export function Toggle(props) {
  const [open, setOpen] = useState(false);
  return <details open={open} onToggle={() => setOpen(!open)}><summary>{props.title}</summary>{props.children}</details>;
}
