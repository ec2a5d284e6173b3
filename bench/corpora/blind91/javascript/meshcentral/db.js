/**
* @description MeshCentral database module (corpus model)
*/

'use strict';

module.exports.CreateDB = function (parent, func) {
    var obj = {};
    var Datastore = require('@seald-io/nedb');
    obj.file = new Datastore({ filename: parent.getConfigFilePath('meshcentral.db'), autoload: true });
    obj.eventsfile = new Datastore({ filename: parent.getConfigFilePath('meshcentral-events.db'), autoload: true });

    obj.Get = function (id, func) { obj.file.find({ _id: id }, func); };
    obj.GetAllTypeNoTypeField = function (type, domain, func) { obj.file.find({ type: type, domain: domain }, { type: 0 }, func); };

    // Search nodes of a domain by name (used by the device search box)
    obj.GetNodesByName = function (domain, name, func) {
        // expect: nosql-injection
        obj.file.find({ type: 'node', domain: domain, name: name }, func);
    };

    obj.GetNodesByNameSafe = function (domain, name, func) {
        if (typeof name != 'string') { func(null, []); return; }
        obj.file.find({ type: 'node', domain: domain, name: name }, func);
    };

    obj.GetUserEvents = function (ids, domain, username, func) {
        obj.eventsfile.find({ domain: domain, $or: [{ ids: { $in: ids } }, { username: String(username) }] }).sort({ time: -1 }).limit(500).exec(func);
    };

    if (func) func(obj);
    return obj;
};
