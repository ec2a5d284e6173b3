import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { fetch } from 'meteor/fetch';
import RedisPubSub from '/imports/startup/server/redis';
import { extractCredentials } from '/imports/api/common/server/helpers';

const ALLOWED_VIDEO_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'vimeo.com', 'player.vimeo.com']);

async function fetchVideoTitle(externalVideoUrl) {
  // expect: ssrf
  const response = await fetch(externalVideoUrl, { method: 'GET' });
  const html = await response.text();
  const match = html.match(/<title>([^<]{0,200})<\/title>/);
  return match ? match[1] : '';
}

async function fetchOEmbedTitle(externalVideoUrl) {
  const parsed = new URL(externalVideoUrl);
  if (parsed.protocol !== 'https:' || !ALLOWED_VIDEO_HOSTS.has(parsed.hostname)) return '';
  const response = await fetch(`https://noembed.com/embed?url=${encodeURIComponent(parsed.href)}`);
  const data = await response.json();
  return data.title || '';
}

export default async function startWatchingExternalVideo(options) {
  const { meetingId, requesterUserId } = extractCredentials(this.userId);
  check(options, { externalVideoUrl: String, preview: Match.Maybe(Boolean) });
  const { externalVideoUrl, preview } = options;

  const title = preview ? await fetchVideoTitle(externalVideoUrl) : await fetchOEmbedTitle(externalVideoUrl);
  const payload = { externalVideoUrl, title };
  return RedisPubSub.publishUserMessage(Meteor.settings.private.redis.channels.toAkkaApps, 'StartExternalVideoPubMsg', meetingId, requesterUserId, payload);
}
