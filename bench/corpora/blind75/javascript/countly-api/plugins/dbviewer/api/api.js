const common = require('../../../api/utils/common.js');
const plugins = require('../../../api/utils/pluginManager.js');
const log = require('../../../api/utils/log.js')('dbviewer:api');

const FEATURE_NAME = 'dbviewer';
const ALLOWED_DBS = { countly: 'countly_main', drill: 'countly_drill' };

function parseJson(raw, fallback) {
    if (typeof raw !== 'string' || !raw.length) return fallback;
    try {
        return JSON.parse(raw);
    }
    catch (ex) {
        log.w('could not parse json parameter');
        return fallback;
    }
}

(function() {
    plugins.register('/o/db', function(ob) {
        const params = ob.params;
        const dbName = Object.prototype.hasOwnProperty.call(ALLOWED_DBS, params.qstring.db) ? ALLOWED_DBS[params.qstring.db] : ALLOWED_DBS.countly;
        const collection = String(params.qstring.collection || '');

        ob.validateUserForRead(params, function() {
            if (!params.member.global_admin) {
                return common.returnMessage(params, 401, 'User does not have right');
            }
            const filter = parseJson(params.qstring.filter, {});
            const projection = parseJson(params.qstring.projection, {});
            const limit = Number.parseInt(params.qstring.limit, 10);
            const coll = common.dbs[dbName].collection(collection);
            // expect: nosql-injection
            const cursor = coll.find(filter, { projection: projection });
            cursor.limit(Number.isNaN(limit) ? 20 : Math.min(limit, 1000));
            cursor.toArray(function(err, docs) {
                if (err) return common.returnMessage(params, 500, 'Query failed');
                common.returnOutput(params, { collection: collection, docs: docs });
            });
        });
        return true;
    });

    plugins.register('/o/db/doc', function(ob) {
        const params = ob.params;
        ob.validateUserForRead(params, function() {
            const id = String(params.qstring.document || '');
            common.db.collection('app_users' + params.app_id).findOne({ _id: id }, function(err, doc) {
                if (err || !doc) return common.returnMessage(params, 404, 'Document not found');
                common.returnOutput(params, doc);
            });
        });
        return true;
    });

    plugins.register('/o/db/search', function(ob) {
        const params = ob.params;
        ob.validateUserForRead(params, function() {
            const expression = params.qstring.expression || 'true';
            const query = {};
            query.$where = 'function() { return ' + expression + '; }';
            // expect: nosql-injection
            common.db.collection('app_users' + params.app_id).find(query).limit(50).toArray(function(err, docs) {
                if (err) return common.returnMessage(params, 500, 'Search failed');
                common.returnOutput(params, docs);
            });
        });
        return true;
    });

    plugins.register('/permissions/features', function(ob) {
        ob.features.push(FEATURE_NAME);
    });
}());
