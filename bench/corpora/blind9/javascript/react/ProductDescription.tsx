// library: React (TypeScript, markdown rendering)
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

type Props = { markdown: string; vendorNote?: string; onAction: (name: string) => void };

export function ProductDescription({ markdown, vendorNote, onAction }: Props) {
  const raw = useMemo(() => marked.parse(markdown) as string, [markdown]);
  const clean = useMemo(() => DOMPurify.sanitize(raw), [raw]);
  return (
    <section>
      <div
        // expect: xss
        dangerouslySetInnerHTML={{ __html: raw }}
      />
      <div dangerouslySetInnerHTML={{ __html: clean }} />
      {vendorNote && (
        <aside
          // expect: xss
          dangerouslySetInnerHTML={{ __html: `<b>Vendor:</b> ${vendorNote}` }}
        />
      )}
      <button onClick={() => onAction('buy')}>Buy</button>
    </section>
  );
}
