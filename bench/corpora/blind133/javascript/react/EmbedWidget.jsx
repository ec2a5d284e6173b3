import React, { useEffect, useRef } from 'react';

export function EmbedWidget({ embedHtml, caption }) {
  const containerRef = useRef(null);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    el.innerText = '';
    // expect: xss
    el.insertAdjacentHTML('beforeend', embedHtml);
    el.insertAdjacentText('beforeend', caption || '');
    el.insertAdjacentHTML('beforeend', '<hr class="embed-divider" />');
  }, [embedHtml, caption]);

  return <div className="embed" ref={containerRef} />;
}

export function CommentHeader({ comment }) {
  const headerRef = useRef(null);

  useEffect(() => {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = comment.role;
    // expect: xss
    headerRef.current.insertAdjacentHTML('afterbegin', `<b class="author">${comment.author}</b>`);
    headerRef.current.insertAdjacentElement('beforeend', badge);
  }, [comment]);

  return <header ref={headerRef} className="comment-header" />;
}

export function LegacyAdSlot({ slotMarkup }) {
  useEffect(() => {
    if (document.readyState === 'loading') {
      // expect: xss
      document.writeln(slotMarkup);
    }
  }, [slotMarkup]);

  return <div id="ad-slot" />;
}
