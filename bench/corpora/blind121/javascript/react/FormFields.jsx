import React from 'react';
import { Button } from './Button';

export function TextField({ label, ...rest }) {
  return (
    <label className="field">
      {label}
      {/* the input receives every remaining prop */}
      <TextInput {...rest} />
    </label>
  );
}

function TextInput(props) {
  // expect: xss
  return <input {...props} />;
}

export function ExternalLink(linkProps) {
  // expect: xss
  return <a {...linkProps} />;
}

export class Panel extends React.Component {
  render() {
    // expect: xss
    return <div {...this.props} />;
  }
}

export function Avatar({ user, ...attrs }) {
  // expect: xss
  return <img {...attrs} />;
}

export function SubmitButton(props) {
  return <Button {...props} />;
}

export function SearchBox({ value, onChange }) {
  return <input type="search" value={value} onChange={onChange} />;
}
