// Math.random (ESM): one-time codes and temporary passwords
import { randomInt } from 'node:crypto';

const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%';

export function generateOtp() {
  // expect: insecure-random
  return String(Math.floor(100000 + Math.random() * 900000));
}

export function temporaryPassword(length = 14) {
  return Array.from({ length }, () => {
    // expect: insecure-random
    const idx = Math.floor(Math.random() * CHARS.length);
    return CHARS[idx];
  }).join('');
}

export function generateOtpSecure() {
  return String(randomInt(100000, 1000000));
}

export function temporaryPasswordSecure(length = 14) {
  return Array.from({ length }, () => CHARS[randomInt(CHARS.length)]).join('');
}

export function avatarColor() {
  const hue = Math.floor(Math.random() * 360);
  return `hsl(${hue}, 60%, 55%)`;
}
