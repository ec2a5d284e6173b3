const INSTANCES = new Set(['https://api.twitter.com/', 'https://api.x.com/', 'https://mastodon.social/']);

export const isAllowedInstance = (url) => INSTANCES.has(url);
