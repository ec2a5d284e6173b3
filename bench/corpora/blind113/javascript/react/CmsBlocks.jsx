import React from 'react';
import blockDefaults from './blockDefaults.json';
import { fetchBlock, parseAttributes } from '../api/cms';

// Renders blocks of the page builder; editors set a block's element
// attributes in the CMS as a JSON object.

export function LinkBlock({ block }) {
  // expect: xss
  return <a {...block.attributes}>{block.label}</a>;
}

export function EmbedBlock(props) {
  const attrs = props.embed.attrs;
  // expect: xss
  return React.createElement('iframe', attrs);
}

export function HtmlAttrsBlock({ rawAttributes, children }) {
  // expect: xss
  return <div {...parseAttributes(rawAttributes)}>{children}</div>;
}

const remote = fetchBlock('hero');

export function Hero() {
  // expect: xss
  return <section {...remote.props} />;
}

export function Button({ label, onClick }) {
  const buttonProps = { type: 'button', className: 'btn btn-primary', onClick };
  return <button {...buttonProps}>{label}</button>;
}

export function Spacer() {
  return <div {...blockDefaults.spacer} />;
}

export function Divider({ thick }) {
  return React.createElement('hr', { className: thick ? 'divider divider-thick' : 'divider' });
}
