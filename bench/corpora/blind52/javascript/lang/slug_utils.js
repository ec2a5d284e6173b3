// Shared string helpers for the storefront bundle. The bundle still targets
// Safari 13 and the Samsung Internet 12 WebView (see .browserslistrc), built without core-js.

const SEPARATOR = '-';
const SPACE = ' ';

export function slugify(title) {
  // expect: no-replaceall
  const spaced = title.trim().toLowerCase().replaceAll(SPACE, SEPARATOR);
  return spaced.replace(/[^a-z0-9-]/g, '');
}

export function formatSku(raw) {
  // expect: no-replaceall
  return raw.replaceAll('_', '-').toUpperCase();
}

export function breadcrumbLabel(path) {
  const parts = path.split('/').filter(Boolean);
  // expect: no-replaceall
  return parts.map((p) => decodeURIComponent(p).replaceAll("+", " ")).join(' / ');
}

export class PriceFormatter {
  constructor(locale) {
    this.locale = locale;
  }

  stripGrouping(text) {
    const separator = this.locale === 'de-DE' ? '.' : ',';
    // expect: no-replaceall
    return text.replaceAll(separator, '');
  }
}

export function collapseWhitespace(text) {
  return text.replace(/\s+/g, ' ');
}

export function dashes(text) {
  return text.split('_').join('-');
}

export function legacySafeReplace(text, from, to) {
  return text.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), to);
}
