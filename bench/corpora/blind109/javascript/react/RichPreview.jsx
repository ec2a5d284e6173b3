import React, { useEffect, useLayoutEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

export function MarkdownPreview({ renderedHtml }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.innerHTML = renderedHtml;
    }
  }, [renderedHtml]);
  return <div className="preview" ref={ref} />;
}

export function Mention({ user }) {
  const spanRef = useRef(null);
  useLayoutEffect(() => {
    // expect: xss
    spanRef.current.innerHTML = `<b>@${user.handle}</b> ${user.statusText}`;
  }, [user]);
  return <span ref={spanRef} />;
}

export class LegacyWidget extends React.Component {
  componentDidMount() {
    // expect: xss
    this.container.innerHTML = this.props.widgetMarkup;
  }

  componentDidUpdate(prev) {
    if (prev.cardHtml !== this.props.cardHtml && this.card) {
      // expect: xss
      this.card.outerHTML = this.props.cardHtml;
    }
  }

  render() {
    return (
      <div>
        <div ref={(el) => { this.container = el; }} />
        <div ref={(el) => { this.card = el; }} />
      </div>
    );
  }
}

export function SafePreview({ renderedHtml, caption }) {
  const ref = useRef(null);
  const captionRef = useRef(null);
  useEffect(() => {
    ref.current.innerHTML = DOMPurify.sanitize(renderedHtml);
    captionRef.current.textContent = caption;
    return () => { if (ref.current) ref.current.innerHTML = ''; };
  }, [renderedHtml, caption]);
  return (
    <figure>
      <div ref={ref} />
      <figcaption ref={captionRef} />
    </figure>
  );
}
