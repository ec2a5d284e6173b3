'use strict';

const { URL } = require('url');
const config = require('./config');

const SLUG_RE = /^[a-z0-9][a-z0-9-_/]{0,127}$/i;

function error(err, res, status = 500) {
    if (err) {
        console.error(err.message);
        res.status(status).send({ error: 'internal error' });
        return true;
    }
    return false;
}

function getUser(req) {
    const { user } = req.session || {};
    return user || null;
}

function isAdmin(user) {
    return Boolean(user && user.id && config.get('admins').includes(user.id));
}

function getSchnackDomain() {
    const schnackHost = new URL(config.get('schnack_host'));
    return schnackHost.hostname.split('.').slice(1).join('.');
}

// Requests must come from a page on the same registrable domain as schnack itself.
function checkOrigin(origin, callback) {
    if (!origin) return callback(null, true);
    const { hostname } = new URL(origin);
    const domain = getSchnackDomain();
    if (hostname === domain || hostname.endsWith(`.${domain}`)) return callback(null, true);
    callback(new Error('Not allowed by CORS'));
}

function checkValidComment(db, slug, userId, comment, replyTo, callback) {
    if (!SLUG_RE.test(slug)) return callback('invalid slug');
    if (typeof comment !== 'string' || !comment.trim().length) return callback('empty comment');
    if (comment.length > 4000) return callback('comment too long');
    if (replyTo === undefined || replyTo === null) return callback(null);
    db.get('SELECT id FROM comment WHERE id = ? AND slug = ?', [Number(replyTo), slug], (err, row) => {
        if (err) return callback(err);
        if (!row) return callback('invalid reply_to');
        callback(null);
    });
}

module.exports = { error, getUser, isAdmin, getSchnackDomain, checkOrigin, checkValidComment, SLUG_RE };
