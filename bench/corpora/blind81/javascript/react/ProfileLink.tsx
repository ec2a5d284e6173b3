import React, { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import widgetProps from './widgetProps';

type Block = { tag: string; attributes: Record<string, string>; text: string };

function pickAttrs(source: Record<string, string>) {
  return Object.fromEntries(Object.entries(source).filter(([k]) => k !== 'key'));
}

// Links in campaign e-mails carry their attributes in the query string (?href=...&title=...).
export function QueryLink() {
  const [params] = useSearchParams();
  const attrs = Object.fromEntries(params.entries());
  // expect: xss
  return <a className="cta" {...attrs}>Continue</a>;
}

export function CampaignButton() {
  const [params] = useSearchParams();
  // expect: xss
  return <button {...pickAttrs(Object.fromEntries(params))}>Claim offer</button>;
}

// Blocks come from the public page builder (any signed-up user edits them).
export function UserBlock({ blockId }: { blockId: string }) {
  const [block, setBlock] = useState<Block | null>(null);
  useEffect(() => {
    fetch(`/api/blocks/${encodeURIComponent(blockId)}`).then((r) => r.json()).then(setBlock);
  }, [blockId]);
  if (!block) return null;
  // expect: xss
  return React.createElement(block.tag, block.attributes, block.text);
}

export function EmbedFromParent() {
  const [frameAttrs, setFrameAttrs] = useState<Record<string, string>>({});
  useEffect(() => {
    const onMessage = (e: MessageEvent) => setFrameAttrs(e.data.attrs);
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  // expect: xss
  return <iframe title="embed" {...frameAttrs} />;
}

export function Widget() {
  return <div {...widgetProps} />;
}

export function SafeLink({ name }: { name: string }) {
  return <a className="card" href={`/users/${encodeURIComponent(name)}`}>{name}</a>;
}

export function SafeButton({ label }: { label: string }) {
  const style = { padding: 8 };
  return React.createElement('button', { type: 'button', style }, label);
}
