import React, { useMemo, useState } from 'react';

type User = { id: string; name: string; email: string; timezone: string };

interface ProfileFormProps {
  user: User;
  onSave: (u: User) => void;
}

export class ProfileForm extends React.Component<ProfileFormProps, { name: string; saving: boolean }> {
  // expect: props-in-state
  state = { name: this.props.user.name, saving: false };

  render() {
    return <input value={this.state.name} onChange={(e) => this.setState({ name: e.target.value })} />;
  }
}

export class EmailForm extends React.Component<{ email: string }, { email: string }> {
  constructor(props: { email: string }) {
    super(props);
    // expect: props-in-state
    this.state = { email: props.email.trim() };
  }

  render() {
    return <input type="email" value={this.state.email} readOnly />;
  }
}

export function TimezonePicker({ timezone, zones }: { timezone: string; zones: string[] }) {
  // expect: props-in-state
  const [zone, setZone] = useState(timezone);
  return (
    <select value={zone} onChange={(e) => setZone(e.target.value)}>
      {zones.map((z) => <option key={z}>{z}</option>)}
    </select>
  );
}

export function NotificationToggle(props: { enabled: boolean; label: string }) {
  // expect: props-in-state
  const [on, setOn] = useState(props.enabled);
  return <label><input type="checkbox" checked={on} onChange={() => setOn((v) => !v)} />{props.label}</label>;
}

export function Nickname({ user, maxLength = 24 }: { user: User; maxLength?: number }) {
  // expect: props-in-state
  const [nick, setNick] = useState(() => user.name.slice(0, maxLength));
  return <input value={nick} maxLength={maxLength} onChange={(e) => setNick(e.target.value)} />;
}

export function SearchBox({ defaultQuery, items }: { defaultQuery?: string; items: string[] }) {
  // Safe: an uncontrolled-style default, named as one; derived data is memoised from props.
  const [query, setQuery] = useState(defaultQuery ?? '');
  const visible = useMemo(() => items.filter((i) => i.includes(query)), [items, query]);
  return <div><input value={query} onChange={(e) => setQuery(e.target.value)} /><span>{visible.length}</span></div>;
}

export function Counter() {
  // Safe: state that does not come from props.
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount((c) => c + 1)}>{count}</button>;
}
