import React, { useEffect, useRef, createRef } from 'react';

export function MarkdownPreview({ renderedHtml }) {
  // expect: xss
  const box = useRef(null);
  useEffect(() => {
    box.current.innerHTML = renderedHtml;
  }, [renderedHtml]);
  return <div className="preview" ref={box} />;
}

export class SignatureBlock extends React.Component {
  // expect: xss
  holder = React.createRef();

  componentDidMount() {
    this.holder.current.insertAdjacentHTML('beforeend', this.props.signatureHtml);
  }

  render() {
    return <div ref={this.holder} />;
  }
}

export function WidgetFrame({ widget }) {
  // expect: xss
  const slot = React.useRef();
  useEffect(() => {
    slot.current.outerHTML = widget.embedCode;
  }, [widget.embedCode]);
  return <div ref={slot} />;
}

export class Announcement extends React.Component {
  constructor(props) {
    super(props);
    // expect: xss
    this.body = createRef();
  }

  componentDidMount() {
    this.body.current.innerHTML = this.props.announcement.html;
  }

  render() {
    return <section ref={this.body} />;
  }
}

export function SearchBox({ onSearch }) {
  const input = useRef(null);
  useEffect(() => input.current.focus(), []);
  return <input ref={input} onKeyDown={(e) => e.key === 'Enter' && onSearch(e.target.value)} />;
}

export function ScrollToTop() {
  const top = useRef(null);
  return <button onClick={() => top.current.scrollIntoView()} ref={top}>Top</button>;
}
