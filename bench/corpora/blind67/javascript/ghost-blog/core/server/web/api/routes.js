'use strict';

const express = require('express');
const posts = require('../../api/endpoints/posts');
const http = require('../../api/http');
const redirects = require('../middleware/redirect-to-signin');
const listenWebhooks = require('../../services/webhooks/listen');

module.exports = function apiRoutes() {
    const router = express.Router({mergeParams: true});
    listenWebhooks();

    router.get('/posts', http(posts.browse));
    router.get('/posts/sorted', http(posts.browseSorted));
    router.get('/posts/slug/:slug', http(posts.read));
    router.get('/oembed', http(posts.embed));
    router.get('/oembed/:provider/:id', http(posts.embedKnown));
    router.get('/db/:filename', http(posts.exportFile));
    router.get('/db/checked/:filename', http(posts.exportFileChecked));
    router.post('/webhooks/test', http(posts.testWebhook));

    router.get('/signin/done', redirects.redirectAfterSignin);
    router.get('/signin/done-relative', redirects.redirectAfterSigninRelative);
    router.get('/go/:section', redirects.redirectToSection);

    return router;
};
