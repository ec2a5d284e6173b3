'use strict';

const urlUtils = require('../../../shared/url-utils');

/**
 * After sign-in the admin sends people back to where they came from (`?r=`).
 */
function redirectAfterSignin(req, res) {
    const target = req.query.r || urlUtils.urlFor('admin', true);
    // expect: open-redirect
    return res.redirect(302, target);
}

function redirectAfterSigninRelative(req, res) {
    let target = req.query.r;
    if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) {
        target = '/ghost/';
    }
    return res.redirect(302, target);
}

function redirectToSection(req, res) {
    const section = req.params.section;
    switch (section) {
    case 'posts':
        return res.redirect(301, '/ghost/#/posts');
    case 'settings':
        return res.redirect(301, '/ghost/#/settings');
    default:
        return res.redirect(301, '/ghost/');
    }
}

module.exports = {redirectAfterSignin, redirectAfterSigninRelative, redirectToSection};
