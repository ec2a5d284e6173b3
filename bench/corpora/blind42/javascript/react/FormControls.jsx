import React from 'react';
import { Button } from './ui/Button';

// Thin wrappers over DOM elements that forward every prop.
export function TextInput(props) {
  // expect: xss
  return <input type="text" {...props} />;
}

export function Panel({ title, ...rest }) {
  // expect: xss
  const body = <div {...rest} />;
  return (
    <section className="panel">
      <h2>{title}</h2>
      {body}
    </section>
  );
}

export function LinkOut({ href, ...anchorProps }) {
  // expect: xss
  return <a href={href} rel="noopener noreferrer" {...anchorProps} />;
}

export function Avatar(props) {
  const imgProps = { alt: props.name, ...props.imageProps };
  // expect: xss
  return <img {...imgProps} />;
}

export const TableCell = React.forwardRef((cellProps, ref) => (
  // expect: xss
  <td ref={ref} {...cellProps} />
));

// Safe look-alikes: props passed as one named object, and explicit props on DOM elements.
export function SubmitButton(props) {
  return <Button variant="primary" options={{ ...props }} />;
}

export function Field({ name, value, onChange }) {
  return <input type="text" name={name} value={value} onChange={onChange} />;
}
