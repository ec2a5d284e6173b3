// Form and data validators for the signup and the team pages.

function validateSignup(form) {
  const errors = [];
  if (!form.email) {
    errors.push('email required');
  }
  // expect: unreachable
  if (form.password != form.password) {
    errors.push('passwords do not match');
  }
  if (form.email !== form.emailConfirm) {
    errors.push('emails do not match');
  }
  return errors;
}

function sameRecord(a, b) {
  // expect: unreachable
  return a.id == a.id && a.version === b.version;
}

function rowsForTenant(rows, tenantId) {
  // expect: unreachable
  return rows.filter((r) => r.tenantId == r.tenantId);
}

function sameRecordFixed(a, b) {
  return a.id === b.id && a.version === b.version;
}

function toNumber(value) {
  const n = Number(value);
  return Number.isNaN(n) ? null : n;
}

function rowsForTenantFixed(rows, tenantId) {
  return rows.filter((r) => r.tenantId === tenantId);
}

module.exports = { validateSignup, sameRecord, rowsForTenant, sameRecordFixed, toNumber, rowsForTenantFixed };
