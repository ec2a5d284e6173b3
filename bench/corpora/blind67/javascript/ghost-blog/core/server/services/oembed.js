'use strict';

const got = require('got');
const logging = require('@tryghost/logging');

const KNOWN_PROVIDERS = {
    youtube: 'https://www.youtube.com/oembed',
    vimeo: 'https://vimeo.com/api/oembed.json',
    twitter: 'https://publish.twitter.com/oembed'
};

const USER_AGENT = 'Ghost(https://github.com/TryGhost/Ghost)';

async function fetchOembedDataFromUrl(url, type) {
    let requestType = type;
    if (!requestType) requestType = 'embed';

    try {
        // expect: ssrf
        const response = await got(url, {headers: {'user-agent': USER_AGENT}, timeout: {request: 10000}});
        return {type: requestType, html: response.body};
    } catch (err) {
        logging.error(err);
        return {type: 'bookmark', metadata: {}};
    }
}

async function fetchFromKnownProvider(provider, id) {
    const endpoint = KNOWN_PROVIDERS[provider];
    if (!endpoint) {
        return null;
    }
    const target = new URL(endpoint);
    target.searchParams.set('url', `https://${provider}.com/watch?v=${id}`);
    target.searchParams.set('format', 'json');
    const response = await got(target.toString(), {headers: {'user-agent': USER_AGENT}}).json();
    return {type: 'embed', html: response.html};
}

module.exports = {fetchOembedDataFromUrl, fetchFromKnownProvider};
