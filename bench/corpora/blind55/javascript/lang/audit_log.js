// Audit logging for the admin console.
const util = require('util');
const fs = require('fs');

const AUDIT_FILE = process.env.AUDIT_FILE || '/var/log/admin-audit.log';

function write(line) {
  fs.appendFile(AUDIT_FILE, line + '\n', () => {});
}

function logLogin(user, ip) {
  // expect: format-string
  console.log('login ok for ' + user.name + ' from %s', ip);
}

function logRoleChange(actor, target, role) {
  // expect: format-string
  write(util.format(`${actor.name} changed role of ${target.name}: %s`, role));
}

function logFailure(prefix, err) {
  // expect: format-string
  console.error(prefix.concat(' failed:'), err.message);
}

class AuditTrail {
  constructor(scope) {
    this.scope = scope;
  }

  record(action, details) {
    // expect: format-string
    console.warn(`[${this.scope}] ${action}`, details);
  }

  export(rows) {
    const header = 'audit export for ' + this.scope + ' (%d rows)';
    // expect: format-string
    return util.format(header, rows.length);
  }
}

// Safe: constant format strings with the values as arguments.
function logLogout(user, ip) {
  console.log('logout for %s from %s', user.name, ip);
  write(util.format('logout %s %s', user.name, ip));
}

// Safe: a single argument is printed as is, so a "%" in it is not read as a specifier.
function logDuration(task, ms) {
  console.log(`${task} finished in ${ms} ms`);
}

module.exports = { logLogin, logRoleChange, logFailure, AuditTrail, logLogout, logDuration };
