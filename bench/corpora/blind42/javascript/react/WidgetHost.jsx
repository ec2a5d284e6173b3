import React from 'react';
import widgetConfig from './remoteWidgetConfig.json';
import { useSearchParams } from 'react-router-dom';

// A host that renders third-party widgets from JSON configuration and URL state.
export function WidgetHost({ widget }) {
  // expect: xss
  return <div className="widget" {...widget.attributes} />;
}

export function ConfiguredBanner() {
  // expect: xss
  return <section {...widgetConfig.banner} />;
}

export function QueryLink() {
  const [params] = useSearchParams();
  const linkProps = Object.fromEntries(params.entries());
  // expect: xss
  return <a {...linkProps}>Continue</a>;
}

function withDefaults(p) {
  return { className: 'embed', ...p };
}

export function Embed(embedProps) {
  // expect: xss
  return <div {...withDefaults(embedProps.remote)} />;
}

export function dynamicTag(tagName, payload) {
  // expect: xss
  return React.createElement(tagName, payload.props, payload.label);
}

export function fromServer(spec) {
  // expect: xss
  return React.createElement('div', Object.assign({}, spec.props));
}

// Safe look-alikes: props picked one by one, and constant props.
export function SafeLink({ remote }) {
  const href = /^https:\/\//.test(remote.href) ? remote.href : '#';
  return <a href={href} className="ext">{String(remote.label)}</a>;
}

export function StaticBox() {
  return React.createElement('div', { className: 'box', role: 'note' }, 'Hello');
}
