'use strict';

const _ = require('lodash');

/**
 * Holds everything one API call needs: the request's options (query + params),
 * its data (body), the file and the acting user. Built once per request by
 * `http.js` and passed by reference through the pipeline stages.
 */
class Frame {
    constructor(obj = {}) {
        this.original = obj;
        this.options = {};
        this.data = {};
        this.user = null;
        this.file = null;
        this.apiType = null;
    }

    configure(apiConfig = {}) {
        const allowed = ['context', 'include', 'filter', 'formats', 'limit', 'page', 'order']
            .concat(apiConfig.options || []);

        this.options = _.pick(
            Object.assign({}, this.original.query, this.original.params),
            allowed
        );
        this.options.context = this.original.context || {};

        if (this.original.body && Object.keys(this.original.body).length) {
            this.data = _.cloneDeep(this.original.body);
        }

        this.user = this.original.user || null;
        this.file = this.original.file || null;
    }
}

module.exports = Frame;
