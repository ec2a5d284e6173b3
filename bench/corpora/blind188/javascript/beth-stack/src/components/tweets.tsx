import type { Tweet } from "../db/schema";

/** Server-rendered tweet fragments swapped in by htmx. With @kitajs/html, only `safe` children are escaped. */
function timeAgo(date: Date): string {
  const seconds = Math.floor((Date.now() - date.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86400)}d`;
}

export function TweetAuthor({ handle }: { handle: string }) {
  return <a class="font-bold hover:underline" href={`/u/${encodeURIComponent(handle)}`} safe>@{handle}</a>;
}

export function TweetBody({ content }: { content: string }) {
  // expect: xss
  return <p class="whitespace-pre-wrap break-words text-gray-100">{content}</p>;
}

export function TweetTime({ createdAt }: { createdAt: Date }) {
  return <time class="text-sm text-gray-400" datetime={createdAt.toISOString()}>{timeAgo(createdAt)}</time>;
}

export function TweetCard({ tweet, handle }: { tweet: Tweet; handle: string }) {
  return (
    <article class="w-96 rounded-lg border border-gray-700 p-4" id={`tweet-${tweet.id}`}>
      <header class="flex justify-between">
        <TweetAuthor handle={handle} />
        <TweetTime createdAt={tweet.createdAt} />
      </header>
      <TweetBody content={tweet.content} />
    </article>
  );
}

export function SearchSummary({ term, count }: { term: string; count: number }) {
  return (
    <p class="text-sm text-gray-400">
      {count} results for <span class="italic" safe>{term}</span>
    </p>
  );
}
