// nanoid: the non-secure entry point used for share links and API tokens
import { nanoid as insecureId, customAlphabet as insecureAlphabet } from 'nanoid/non-secure';
import { nanoid, customAlphabet } from 'nanoid';

const shortAlphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

export function shareLinkToken() {
  // expect: insecure-random
  return insecureId(24);
}

// expect: insecure-random
const makeApiToken = insecureAlphabet(shortAlphabet, 32);

export function issueApiToken(userId) {
  return { userId, token: makeApiToken() };
}

export function shareLinkTokenSecure() {
  return nanoid(24);
}

const makeSecureCode = customAlphabet(shortAlphabet, 10);

export function inviteCode() {
  return makeSecureCode();
}

export function domKey() {
  return insecureId(6);
}
