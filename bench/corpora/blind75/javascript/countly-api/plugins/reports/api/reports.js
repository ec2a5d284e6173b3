const common = require('../../../api/utils/common.js');

const reports = {};

reports.load = function(reportId, days, callback) {
    const since = Date.now() - days * 24 * 60 * 60 * 1000;
    common.db.collection('reports').findOne({ _id: String(reportId) }, function(err, report) {
        if (err || !report) return callback(err || new Error('not found'));
        common.db.collection('events' + report.app_id).find({ ts: { $gte: since } }).limit(500).toArray(function(evErr, events) {
            if (evErr) return callback(evErr);
            callback(null, { title: report.title, apps: report.apps, events: events, days: days });
        });
    });
};

module.exports = reports;

reports.list = function(appId, callback) {
    common.db.collection('reports').find({ apps: String(appId) }, { projection: { title: 1, frequency: 1, emails: 1 } }).toArray(function(err, docs) {
        if (err) return callback(err);
        callback(null, docs.map(function(d) {
            return { _id: d._id, title: d.title, frequency: d.frequency || 'daily', recipients: (d.emails || []).length };
        }));
    });
};

reports.remove = function(reportId, memberId, callback) {
    common.db.collection('reports').deleteOne({ _id: String(reportId), user: String(memberId) }, function(err, res) {
        if (err) return callback(err);
        callback(null, res.deletedCount === 1);
    });
};
