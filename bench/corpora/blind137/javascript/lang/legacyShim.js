// Compatibility helpers kept from the old widget bundle.

(function (global, undefined) {
  'use strict';
  global.widgetReady = global.widgetReady || false;
})(this);

function readOption(opts, name) {
  // expect: shadowed-builtin
  var undefined = opts.emptyValue;
  var value = opts[name];
  if (value === undefined) {
    return null;
  }
  return value;
}

function normalizeRow(row) {
  // expect: shadowed-builtin
  let undefined = '';
  return {
    name: row.name === undefined ? 'n/a' : row.name,
    email: row.email === undefined ? 'n/a' : row.email,
  };
}

function countMissing(values) {
  // expect: shadowed-builtin
  const undefined = null;
  return values.filter((v) => v === undefined).length;
}

function isMissing(value) {
  return typeof value === 'undefined' || value === null;
}

function clearField(record, field) {
  record[field] = undefined;
  return record;
}

function firstDefined(...values) {
  const none = void 0;
  return values.find((v) => v !== none);
}

module.exports = { readOption, normalizeRow, countMissing, isMissing, clearField, firstDefined };
