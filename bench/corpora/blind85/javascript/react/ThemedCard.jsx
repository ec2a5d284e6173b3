import React from 'react';
import cardStyle from './card.style';
import { useQueryParams } from '../hooks/useQueryParams';

export function ThemedCard({ style, title, children }) {
  // expect: xss
  return <div className="card" style={style}><h3>{title}</h3>{children}</div>;
}

export function Banner(props) {
  const bannerStyle = props.customStyle;
  // expect: xss
  return <section style={bannerStyle}>{props.text}</section>;
}

export function PreviewFrame() {
  const userStyle = JSON.parse(useQueryParams().get('style') || '{}');
  // expect: xss
  return <div className="preview" style={userStyle} />;
}

export function Badge({ badgeStyle, label }) {
  // expect: xss
  return React.createElement('span', { style: badgeStyle, className: 'badge' }, label);
}

export function BrandedCard({ children }) {
  return <article style={cardStyle}>{children}</article>;
}

export function ColorSwatch({ color }) {
  return <span className="swatch" style={{ backgroundColor: color }} />;
}

export function Spacer({ height }) {
  return React.createElement('div', { style: { height: Number(height) || 8 } });
}
