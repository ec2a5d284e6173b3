import React, { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import cardStyles from './card.styles';

function parseInlineCss(text) {
  return Object.fromEntries(
    (text || '')
      .split(';')
      .map((rule) => rule.split(':').map((part) => part.trim()))
      .filter(([key, value]) => key && value),
  );
}

export function Banner({ message, style }) {
  // expect: xss
  return <div className="banner" style={style}>{message}</div>;
}

export function ProfileHeader(props) {
  const headerStyle = props.user.profileStyle;
  // expect: xss
  return <header className="profile-header" style={headerStyle}><h1>{props.user.name}</h1></header>;
}

export function PreviewPane() {
  const [params] = useSearchParams();
  const custom = parseInlineCss(params.get('css'));
  // expect: xss
  return <section className="preview" style={custom}>{params.get('title')}</section>;
}

export function Label(props) {
  // expect: xss
  return React.createElement('span', { className: 'label', style: props.labelStyle }, props.text);
}

export function SavedTheme() {
  const theme = useMemo(() => JSON.parse(window.localStorage.getItem('theme') || '{}'), []);
  // expect: xss
  return <aside style={theme.sidebar}>Saved theme</aside>;
}

// Look-alikes: literal style objects, a computed width, and the module's own styles.
export function ProgressBar({ percent }) {
  const width = Math.max(0, Math.min(100, Number(percent) || 0));
  return <div className="bar" style={{ width: `${width}%`, backgroundColor: '#3b82f6' }} />;
}

export function Card({ title, children }) {
  return (
    <div style={cardStyles.root}>
      <h2 style={{ margin: 0, fontSize: 18 }}>{title}</h2>
      {children}
    </div>
  );
}
