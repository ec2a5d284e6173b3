'use strict';

const HTML_ESCAPES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

function isLocalPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) {
    return false;
  }
  if (target.startsWith('//') || target.startsWith('/\\')) {
    return false;
  }
  return !/[\r\n]/.test(target);
}

function clampNumber(value, min, max, fallback) {
  const number = Number(value);
  if (!Number.isFinite(number)) {
    return fallback;
  }
  return Math.min(max, Math.max(min, number));
}

function jsonError(res, status, message) {
  return res.status(status).json({ message });
}

module.exports = { escapeHtml, isLocalPath, clampNumber, jsonError };
