// marked + React: a markdown editor with live preview, release notes and a help panel
import React, { useMemo, useState } from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';

marked.setOptions({ gfm: true, breaks: true });

export function MarkdownPreview({ initial = '' }) {
  const [text, setText] = useState(initial);
  const html = useMemo(() => marked.parse(text), [text]);
  return (
    <div className="editor">
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      {/* the preview below runs whatever the author typed */}
      <Preview html={html} />
    </div>
  );
}

function Preview({ html }) {
  // expect: xss
  return <div className="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function SafePreview({ markdown }) {
  const clean = useMemo(() => DOMPurify.sanitize(marked.parse(markdown)), [markdown]);
  return <div className="preview" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Comment({ comment }) {
  // expect: xss
  return <article className="comment" dangerouslySetInnerHTML={{ __html: marked(comment.body) }} />;
}

export function ReleaseNotes({ notes }) {
  const html = sanitizeHtml(marked.parse(notes), { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']) });
  return <section className="notes" dangerouslySetInnerHTML={{ __html: html }} />;
}

const HELP_HTML = marked.parse('## Formatting help\n\n* **bold** with `**`\n* _italic_ with `_`');

export function HelpPanel() {
  return <aside dangerouslySetInnerHTML={{ __html: HELP_HTML }} />;
}

export function Signature({ user }) {
  const sig = { __html: marked.parseInline(user.signature || '') };
  // expect: xss
  return <footer className="sig" dangerouslySetInnerHTML={sig} />;
}

export function PlainBody({ comment }) {
  return <pre className="plain">{comment.body}</pre>;
}

export function LinkList({ links }) {
  return (
    <ul>
      {links.map((l) => (
        <li key={l.id}>
          <a href={l.url.startsWith('https://') ? l.url : '#'} rel="noopener noreferrer">{l.title}</a>
        </li>
      ))}
    </ul>
  );
}
