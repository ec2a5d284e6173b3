// lodash: _.random / _.sampleSize (both use Math.random) for verification codes
const _ = require('lodash');
const crypto = require('crypto');

const DIGITS = '0123456789'.split('');

function smsVerificationCode() {
  // expect: insecure-random
  return String(_.random(100000, 999999));
}

function recoveryCode() {
  // expect: insecure-random
  return _.sampleSize('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10).join('');
}

function smsVerificationCodeSecure() {
  return String(crypto.randomInt(100000, 1000000));
}

function pickTipOfTheDay(tips) {
  return _.sample(tips);
}

function shuffleQuestions(questions) {
  return _.shuffle(questions);
}

function pinDigits() {
  return _.times(4, () => DIGITS[crypto.randomInt(DIGITS.length)]).join('');
}

module.exports = { smsVerificationCode, recoveryCode, smsVerificationCodeSecure, pickTipOfTheDay, shuffleQuestions, pinDigits };
