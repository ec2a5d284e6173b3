'use strict';

module.exports.responseHandler = fn => (req, res, next) => {
    fn(req, res)
        .then(() => next())
        .catch(err => {
            res.status(err.responseCode || 500);
            res.json({ error: err.message, code: err.code });
            next();
        });
};

module.exports.escapeRegexStr = string => string.replace(/[|\\{}()[\]^$+*?.-]/g, '\\$&');
