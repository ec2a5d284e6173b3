import React, { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import cmsBlocks from '../cms/blocks.json';

// Renders marketing blocks whose element attributes come from the CMS or the URL.
export function EmbedBlock({ blockId }) {
  const block = cmsBlocks[blockId];
  // expect: xss
  return <iframe title={block.title} {...block.attributes} />;
}

export function CampaignLink() {
  const [params] = useSearchParams();
  const linkAttrs = JSON.parse(params.get('attrs') || '{}');
  // expect: xss
  return <a className="campaign" {...linkAttrs}>Open offer</a>;
}

export function RemoteWidget({ url }) {
  const [config, setConfig] = useState(null);
  useEffect(() => {
    fetch(url).then((r) => r.json()).then(setConfig);
  }, [url]);
  if (!config) return null;
  // expect: xss
  return React.createElement(config.tag || 'div', config.props, config.text);
}

export function StoredBanner({ banner }) {
  const attrs = Object.assign({}, banner.htmlAttributes);
  // expect: xss
  return <div {...attrs}>{banner.caption}</div>;
}

// Safe look-alikes: spreads of objects built here from known keys, and element props from the parent's own code.
export function Button({ variant = 'primary', onClick, children }) {
  const buttonProps = { type: 'button', className: `btn btn-${variant}`, onClick };
  return <button {...buttonProps}>{children}</button>;
}

export function Avatar({ user }) {
  const imgProps = { src: `/avatars/${encodeURIComponent(user.id)}.png`, alt: user.name, width: 32, height: 32 };
  return <img {...imgProps} />;
}

export function Spacer() {
  return React.createElement('div', { className: 'spacer', 'aria-hidden': true });
}
