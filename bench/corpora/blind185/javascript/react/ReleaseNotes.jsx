import React from 'react';
import DOMPurify from 'dompurify';

const CHECK_ICON = '<svg viewBox="0 0 16 16" width="16" height="16"><path d="M6 11L3 8l1-1 2 2 5-5 1 1z"/></svg>';

function Note({ note }) {
  const clean = DOMPurify.sanitize(note.bodyHtml);
  return (
    <article className="release-note">
      <h3>{note.version}</h3>
      <span className="icon" dangerouslySetInnerHTML={{ __html: CHECK_ICON }} />
      <div className="body" dangerouslySetInnerHTML={{ __html: clean }} />
    </article>
  );
}

function Feedback({ item }) {
  // customers' feedback on a release, written in the public widget
  // expect: xss
  return <blockquote className="feedback" dangerouslySetInnerHTML={{ __html: item.commentHtml }} />;
}

function Author({ author }) {
  return (
    <p className="author">
      {author.name} &middot; {author.team}
    </p>
  );
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function Highlight({ text }) {
  const html = escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
  return <p className="highlight" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function ReleaseNotes({ notes, feedback, highlights }) {
  return (
    <section>
      {notes.map((note) => (
        <div key={note.version}>
          <Note note={note} />
          <Author author={note.author} />
        </div>
      ))}
      <h2>Highlights</h2>
      {highlights.map((h) => (
        <Highlight key={h.id} text={h.text} />
      ))}
      <h2>What you told us</h2>
      {feedback.map((item) => (
        <Feedback key={item.id} item={item} />
      ))}
      <div className="empty" dangerouslySetInnerHTML={{ __html: '' }} />
    </section>
  );
}
