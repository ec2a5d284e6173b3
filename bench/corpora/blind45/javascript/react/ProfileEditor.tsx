import React, { useMemo, useState } from 'react';

type ProfileProps = { email: string; displayName: string; tags: string[] };

export class ProfileEditor extends React.Component<ProfileProps, { email: string; name: string }> {
  constructor(props: ProfileProps) {
    super(props);
    // expect: props-in-state
    this.state = { email: this.props.email, name: '' };
  }

  render() {
    return <input value={this.state.email} onChange={(e) => this.setState({ email: e.target.value })} />;
  }
}

export class TagList extends React.Component<ProfileProps> {
  // expect: props-in-state
  state = { tags: this.props.tags.slice().sort() };

  render() {
    return <ul>{this.state.tags.map((t) => <li key={t}>{t}</li>)}</ul>;
  }
}

export function NameField({ displayName }: ProfileProps) {
  // expect: props-in-state
  const [name, setName] = useState(displayName);
  return <input value={name} onChange={(e) => setName(e.target.value)} />;
}

export function EmailBadge(props: ProfileProps) {
  // expect: props-in-state
  const [email] = useState(props.email.toLowerCase());
  return <span className="badge">{email}</span>;
}

export function Counter({ initialCount }: { initialCount: number }) {
  const [count, setCount] = useState(initialCount);
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}

export function TagSummary({ tags }: ProfileProps) {
  const sorted = useMemo(() => [...tags].sort(), [tags]);
  const [expanded, setExpanded] = useState(false);
  return (
    <p onClick={() => setExpanded(!expanded)}>{expanded ? sorted.join(', ') : `${sorted.length} tags`}</p>
  );
}
