// @ts-check

const FALSE_VALUES = [false, 0, '0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF'];

/**
 * @param {any} value
 * @returns {boolean}
 */
const isTruthy = value => value && !FALSE_VALUES.includes(value);

/**
 * Query strings may repeat a key; the streaming server only uses the first one.
 * @param {string | string[] | undefined} arrayOrString
 * @returns {string | undefined}
 */
const firstParam = arrayOrString => (Array.isArray(arrayOrString) ? arrayOrString[0] : arrayOrString);

/**
 * @param {string} str
 * @returns {string}
 */
const normalizeHashtag = str => str.normalize('NFKC').toLowerCase().replace(/^#/, '');

/**
 * @param {string} id
 * @returns {number | null}
 */
const parseId = id => {
  const parsed = Number.parseInt(id, 10);
  return Number.isNaN(parsed) ? null : parsed;
};

module.exports = { isTruthy, firstParam, normalizeHashtag, parseId };
