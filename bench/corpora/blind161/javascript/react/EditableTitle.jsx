import React, { useState, useEffect } from 'react';

// Title editor on the document page. The parent reloads `doc` when another
// collaborator renames it.

export function EditableTitle({ title, onSave }) {
  // expect: unreachable
  const [draft, setDraft] = useState(title);
  const [editing, setEditing] = useState(false);

  if (!editing) {
    return <h1 onClick={() => setEditing(true)}>{title}</h1>;
  }
  return (
    <input
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => { setEditing(false); onSave(draft); }}
    />
  );
}

export function Counter({ initialCount = 0 }) {
  const [count, setCount] = useState(initialCount);
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}

export function SyncedTitle({ title, onSave }) {
  const [draft, setDraft] = useState('');
  useEffect(() => setDraft(title), [title]);
  return <input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => onSave(draft)} />;
}

export class StatusBadge extends React.Component {
  constructor(props) {
    super(props);
    // expect: unreachable
    this.state = { status: this.props.doc.status, hover: false };
  }

  render() {
    return (
      <span onMouseEnter={() => this.setState({ hover: true })} className={'badge badge-' + this.state.status}>
        {this.state.status}
      </span>
    );
  }
}

export function OwnerLabel(props) {
  // expect: unreachable
  const [owner] = useState(props.owner);
  return <span className="owner">{owner.name}</span>;
}

export function DocTitle({ doc }) {
  return <h2>{doc.title}</h2>;
}
