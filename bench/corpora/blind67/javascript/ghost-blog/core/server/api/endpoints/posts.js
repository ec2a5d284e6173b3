'use strict';

const Post = require('../../models/post');
const oembed = require('../../services/oembed');
const exporter = require('../../services/exporter');
const events = require('../../lib/common/events');

const ALLOWED_INCLUDES = ['tags', 'authors', 'tiers'];

module.exports = {
    docName: 'posts',

    browse: {
        options: ['include', 'filter', 'fields', 'order', 'page', 'limit'],
        permissions: true,
        query(frame) {
            return Post.findPage(frame.options);
        }
    },

    browseSorted: {
        options: ['order', 'limit'],
        permissions: true,
        query(frame) {
            return Post.findPageSafe(frame.options);
        }
    },

    read: {
        options: ['include', 'slug'],
        permissions: true,
        async query(frame) {
            let include = frame.options.include;
            if (!ALLOWED_INCLUDES.includes(include)) {
                include = 'tags';
            }
            return Post.findOneBySlug(frame.options.slug, include);
        }
    },

    embed: {
        options: ['url', 'type'],
        permissions: false,
        query(frame) {
            const {url, type} = frame.options;
            return oembed.fetchOembedDataFromUrl(url, type);
        }
    },

    embedKnown: {
        options: ['provider', 'id'],
        permissions: false,
        query(frame) {
            return oembed.fetchFromKnownProvider(frame.options.provider, frame.options.id);
        }
    },

    exportFile: {
        options: ['filename'],
        headers: {disposition: true, contentType: 'application/zip'},
        permissions: true,
        query(frame) {
            return exporter.openExport(frame.options.filename);
        }
    },

    testWebhook: {
        options: [],
        permissions: true,
        statusCode: 202,
        query(frame) {
            const [webhook] = frame.data.webhooks || [];
            if (!webhook || !webhook.target_url) {
                return {accepted: false};
            }
            events.emit('webhook.test', {target_url: webhook.target_url, event: webhook.event});
            events.emit('site.changed');
            return {accepted: true};
        }
    },

    exportFileChecked: {
        options: ['filename'],
        headers: {disposition: true, contentType: 'application/zip'},
        permissions: true,
        query(frame) {
            return exporter.openExportChecked(frame.options.filename);
        }
    }
};
