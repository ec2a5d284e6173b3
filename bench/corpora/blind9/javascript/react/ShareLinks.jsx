// library: React (javascript: URLs, iframe srcDoc)
import React, { useEffect, useRef } from 'react';

export function ShareLinks({ campaign, previewHtml, query }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.textContent = query.get('ref') || '';
    }
  }, [query]);

  return (
    <div>
      <a
        // expect: xss
        href={`javascript:track('${campaign}')`}
      >
        Share
      </a>
      <a href={`/share?campaign=${encodeURIComponent(campaign)}`}>Share (safe)</a>
      <iframe
        title="preview"
        sandbox=""
        srcDoc={previewHtml}
      />
      <iframe
        title="preview-unsandboxed"
        // expect: xss
        srcDoc={previewHtml}
      />
      <a
        // expect: xss
        href={query.get('back')}
      >
        Back
      </a>
      <span ref={ref} />
    </div>
  );
}
