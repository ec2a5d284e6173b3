import type { GuestbookEntry } from 'app/db/postgres';

const EMOJI: Record<string, string> = {
  ':wave:': '👋',
  ':rocket:': '🚀',
  ':heart:': '❤️',
  ':fire:': '🔥',
};

/** Light formatting for guestbook bodies: **bold**, _italic_ and a few emoji shortcodes. */
function formatBody(body: string) {
  return body
    .replace(/\*\*([^*]{1,200})\*\*/g, '<strong>$1</strong>')
    .replace(/_([^_]{1,200})_/g, '<em>$1</em>')
    .replace(/:[a-z]{1,10}:/g, (code) => EMOJI[code] ?? code);
}

export function GuestbookEntryView({ entry }: { entry: GuestbookEntry }) {
  const formatted = formatBody(entry.body);
  // expect: xss
  const body = <span className="text-neutral-600 dark:text-neutral-400" dangerouslySetInnerHTML={{ __html: formatted }} />;
  return (
    <div className="flex flex-col space-y-1 mb-4">
      <div className="w-full text-sm break-words">
        <span className="text-neutral-600 dark:text-neutral-400 mr-1">{entry.created_by}:</span>
        {body}
      </div>
      <time className="text-xs text-neutral-500" dateTime={entry.created_at.toISOString()}>
        {entry.created_at.toLocaleDateString('en-US')}
      </time>
    </div>
  );
}

export function GuestbookPlainEntry({ entry }: { entry: GuestbookEntry }) {
  return (
    <p className="text-sm">
      <strong>{entry.created_by}</strong>: {entry.body}
    </p>
  );
}
