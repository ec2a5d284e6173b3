// Renders page blocks that marketing editors build in the headless CMS. Block JSON comes
// straight from the CMS delivery API; agencies and freelancers have editor accounts.
import React from 'react';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';

const IMAGE_ATTRS = ['src', 'alt', 'width', 'height', 'loading'];

function pick(source, keys) {
  const out = {};
  keys.forEach((k) => {
    if (source[k] !== undefined) out[k] = source[k];
  });
  return out;
}

export function Spacer({ block }) {
  // expect: xss
  return <div {...block.attributes} />;
}

export function EmbedBlock({ block }) {
  // expect: xss
  return <iframe {...block.embed} />;
}

export function ImageBlock({ block }) {
  const attrs = pick(block.image, IMAGE_ATTRS);
  return <img {...attrs} />;
}

export function CtaBlock({ block }) {
  return <Button {...block.button} />;
}

export function IconBlock({ block }) {
  return <Icon {...block.icon} />;
}

export function FormField({ field }) {
  // expect: xss
  return <input {...field.props} />;
}

export function Divider({ block }) {
  return <hr className={block.style === 'thick' ? 'divider divider--thick' : 'divider'} />;
}

export function Heading({ block }) {
  const Tag = block.level === 1 ? 'h1' : 'h2';
  return <Tag className="cms-heading">{block.text}</Tag>;
}
