'use strict';

const { MongoClient } = require('mongodb');

function escapeRegExp(text) {
    return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class MongoClientInterface {
    constructor({ url, database }) {
        this.client = new MongoClient(url);
        this.database = database;
    }

    listObject(bucketName, params, log, cb) {
        const collection = this.client.db(this.database).collection(String(bucketName));
        let filter;
        if (params.legacyPrefixMatch) {
            // expect: nosql-injection
            filter = { $where: `this._id.indexOf('${params.prefix}') === 0` };
        } else {
            filter = { _id: { $regex: `^${escapeRegExp(params.prefix)}` } };
        }
        collection.find(filter).limit(params.maxKeys).toArray()
            .then(docs => cb(null, docs.map(d => ({ key: d._id, value: d.value }))))
            .catch(err => {
                log.error('listing failed', { error: err.message });
                cb(err);
            });
    }

    getObjectMD(bucketName, objectKey, log, cb) {
        this.client.db(this.database).collection(String(bucketName)).findOne({ _id: String(objectKey) })
            .then(doc => cb(null, doc && doc.value))
            .catch(cb);
    }
}

module.exports = MongoClientInterface;
