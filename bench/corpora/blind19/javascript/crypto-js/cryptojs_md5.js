// md5 / crypto-js packages: password hashing with MD5() / SHA1()
const md5 = require('md5');
const CryptoJS = require('crypto-js');
const sha1 = require('crypto-js/sha1');

function registerUser(db, username, password) {
  // expect: weak-hash
  const hashed = md5(password);
  return db.insert('users', { username, password: hashed });
}

function checkLogin(user, password) {
  // expect: weak-hash
  return CryptoJS.MD5(password).toString() === user.password;
}

function apiPasswordDigest(password, nonce) {
  // expect: weak-hash
  return sha1(nonce + password).toString(CryptoJS.enc.Hex);
}

function fileFingerprint(contents) {
  return CryptoJS.SHA256(contents).toString();
}

function avatarHash(email) {
  return md5(email.trim().toLowerCase());
}

function signBody(body, key) {
  return CryptoJS.HmacSHA256(body, key).toString(CryptoJS.enc.Base64);
}

module.exports = { registerUser, checkLogin, apiPasswordDigest, fileFingerprint, avatarHash, signBody };
