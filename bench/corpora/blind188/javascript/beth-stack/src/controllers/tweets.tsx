import { Elysia, t } from "elysia";
import { TweetCard, SearchSummary } from "../components/tweets";
import { createTweet, latestTweets, searchTweets, searchTweetsByHandle } from "../db/queries";
import { ctx } from "../context";

/** Tweet list, search and creation; fragments are swapped in by htmx. */
export const tweetsController = new Elysia({ prefix: "/tweets" })
  .use(ctx)
  .get("/", async () => {
    const tweets = await latestTweets(50);
    return <>{tweets.map((tweet) => <TweetCard tweet={tweet} handle={tweet.authorHandle} />)}</>;
  })
  .get(
    "/search",
    async ({ query }) => {
      const results = query.handle ? await searchTweetsByHandle(query.handle, query.q) : await searchTweets(query.q);
      return (
        <>
          <SearchSummary term={query.q} count={results.length} />
          {results.map((tweet) => <TweetCard tweet={tweet} handle={tweet.authorHandle} />)}
        </>
      );
    },
    { query: t.Object({ q: t.String({ maxLength: 100 }), handle: t.Optional(t.String({ maxLength: 30 })) }) },
  )
  .post(
    "/",
    async ({ body, session, set }) => {
      if (!session) {
        set.status = 401;
        return "Sign in first";
      }
      const tweet = await createTweet(session.user.id, body.content);
      return <TweetCard tweet={tweet} handle={session.user.handle} />;
    },
    { body: t.Object({ content: t.String({ minLength: 1, maxLength: 280 }) }) },
  );
