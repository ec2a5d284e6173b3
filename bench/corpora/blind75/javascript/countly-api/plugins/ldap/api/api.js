const ldap = require('ldapjs');

const common = require('../../../api/utils/common.js');
const plugins = require('../../../api/utils/pluginManager.js');
const log = require('../../../api/utils/log.js')('ldap:api');

const config = {
    url: process.env.COUNTLY_LDAP_URL || 'ldaps://ldap.internal:636',
    base: process.env.COUNTLY_LDAP_BASE || 'ou=people,dc=example,dc=com',
    groupBase: 'ou=groups,dc=example,dc=com',
};

function escapeFilter(value) {
    return String(value).replace(/[\\*()\0]/g, function(ch) {
        return '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    });
}

function searchOne(client, base, filter) {
    return new Promise(function(resolve, reject) {
        client.search(base, { scope: 'sub', filter: filter, attributes: ['dn', 'mail', 'cn'] }, function(err, res) {
            if (err) return reject(err);
            let found = null;
            res.on('searchEntry', function(entry) {
                found = found || entry.pojo || entry.object;
            });
            res.on('error', reject);
            res.on('end', function() {
                resolve(found);
            });
        });
    });
}

function findPerson(client, uid) {
    return new Promise(function(resolve, reject) {
        const opts = { scope: 'sub', attributes: ['dn', 'mail', 'cn'], sizeLimit: 1 };
        opts.filter = '(&(objectClass=person)(uid=' + uid + '))';
        // expect: ldap-injection
        client.search(config.base, opts, function(err, res) {
            if (err) return reject(err);
            let found = null;
            res.on('searchEntry', function(entry) {
                found = found || entry.pojo || entry.object;
            });
            res.on('error', reject);
            res.on('end', function() {
                resolve(found);
            });
        });
    });
}

(function() {
    plugins.register('/i/ldap/lookup', function(ob) {
        const params = ob.params;
        ob.validateUser(params, function() {
            let username;
            try {
                username = decodeURIComponent(params.qstring.username);
            }
            catch (ex) {
                username = '';
            }
            const client = ldap.createClient({ url: config.url, timeout: 5000 });
            findPerson(client, username).then(function(entry) {
                client.unbind();
                common.returnOutput(params, { found: Boolean(entry), cn: entry && entry.cn });
            }).catch(function(err) {
                client.unbind();
                log.e('ldap lookup failed', err && err.code);
                common.returnMessage(params, 500, 'LDAP lookup failed');
            });
        });
        return true;
    });

    plugins.register('/i/ldap/lookup-safe', function(ob) {
        const params = ob.params;
        ob.validateUser(params, function() {
            const username = String(params.qstring.username || '');
            const client = ldap.createClient({ url: config.url, timeout: 5000 });
            findPerson(client, escapeFilter(username)).then(function(entry) {
                client.unbind();
                common.returnOutput(params, { found: Boolean(entry) });
            }).catch(function() {
                client.unbind();
                common.returnMessage(params, 500, 'LDAP lookup failed');
            });
        });
        return true;
    });

    plugins.register('/o/ldap/groups', function(ob) {
        const params = ob.params;
        ob.validateUserForRead(params, function() {
            const client = ldap.createClient({ url: config.url, timeout: 5000 });
            searchOne(client, config.groupBase, '(&(objectClass=groupOfNames)(cn=countly-*))').then(function(entry) {
                client.unbind();
                common.returnOutput(params, { sample: entry ? entry.dn : null });
            }).catch(function() {
                client.unbind();
                common.returnMessage(params, 500, 'LDAP lookup failed');
            });
        });
        return true;
    });
}());
