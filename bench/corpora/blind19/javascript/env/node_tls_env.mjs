// NODE_TLS_REJECT_UNAUTHORIZED set from code, in several spellings
import process from 'node:process';

export function configureForLegacyProxy() {
  // expect: tls-verify-off
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export function configureBracket() {
  // expect: tls-verify-off
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;
}

export function configureAssign() {
  // expect: tls-verify-off
  Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0', FORCE_COLOR: '1' });
}

export function restoreVerification() {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

export function isVerificationDisabled() {
  return process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
}

export function clearOverride() {
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
}
