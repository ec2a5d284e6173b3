import Parser from 'rss-parser';

import RSSFeeds from '../../lib/collections/rssfeeds/collection';
import { addCronJob } from '../cron/cronUtil';
import { createMutator } from '../vulcan-lib/mutators';
import { sanitize } from '../../lib/vulcan-lib/utils';
import { createAdminContext } from '../vulcan-lib/query';

const parser = new Parser({ timeout: 10000 });

// Users add an RSS feed from their profile settings; the feed URL is stored as given.
export async function addRSSFeedForUser(userId: string, nickname: string, url: string) {
  if (!/^https?:\/\//.test(url)) {
    throw new Error('Feed URL must be http(s)');
  }
  return RSSFeeds.rawInsert({ userId, nickname, url, ownedByUser: true, rawFeed: [], createdAt: new Date() });
}

async function importFeed(feed: DbRSSFeed) {
  // expect: ssrf
  const response = await fetch(feed.url, { headers: { Accept: 'application/rss+xml, application/xml' } });
  const parsed = await parser.parseString(await response.text());
  const known = new Set(feed.rawFeed.map((item: { link: string }) => item.link));
  const context = createAdminContext();

  for (const item of parsed.items.filter((entry) => entry.link && !known.has(entry.link))) {
    await createMutator({
      collection: context.Posts,
      document: {
        title: item.title ?? 'Untitled',
        userId: feed.userId,
        canonicalSource: item.link,
        draft: !feed.ownedByUser,
        contents: { originalContents: { type: 'html', data: sanitize(item['content:encoded'] ?? item.content ?? '') } },
      },
      validate: false,
      context,
    });
  }
  await RSSFeeds.rawUpdateOne({ _id: feed._id }, { $set: { rawFeed: parsed.items.map((i) => ({ link: i.link })) } });
}

addCronJob({
  name: 'addNewRSSPosts',
  interval: 'every 10 minutes',
  async job() {
    const feeds = await RSSFeeds.find({ status: { $ne: 'inactive' } }).fetch();
    for (const feed of feeds) {
      await importFeed(feed).catch((err) => console.error(`RSS import failed for ${feed._id}`, err));
    }
  },
});
