import React, { useState } from "react";

export function EditableTitle({ title, onSave }) {
  // expect: props-in-state
  const [value, setValue] = useState(title);
  return <input value={value} onChange={(e) => setValue(e.target.value)} onBlur={() => onSave(value)} />;
}

export class Counter extends React.Component {
  constructor(props) {
    super(props);
    // expect: props-in-state
    this.state = { count: this.props.initialCount };
  }

  render() {
    return <button onClick={() => this.setState({ count: this.state.count + 1 })}>{this.state.count}</button>;
  }
}

export function Toggle({ label }) {
  const [open, setOpen] = useState(false);
  return <button onClick={() => setOpen(!open)}>{label}: {open ? "on" : "off"}</button>;
}
