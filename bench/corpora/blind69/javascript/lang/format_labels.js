// Label helpers for the storefront widget (shipped as-is to partner sites, which still support old Safari).

export function humanize(key) {
  // expect: no-replaceall
  return key.replaceAll('_', ' ');
}

export function titleCase(text) {
  // expect: no-replaceall
  const spaced = text.replaceAll('-', ' ');
  return spaced.replace(/\b\w/g, (c) => c.toUpperCase());
}

export class PriceFormatter {
  constructor(locale) {
    this.locale = locale;
  }

  plain(amount) {
    const formatted = new Intl.NumberFormat(this.locale).format(amount);
    // expect: no-replaceall
    return formatted.replaceAll('\u00a0', ' ');
  }

  sku(product) {
    // expect: no-replaceall
    return `${product.brand}-${product.code}`.toUpperCase().replaceAll(" ", "");
  }
}

export function csvCell(value) {
  const s = String(value ?? '');
  // Safe: a global regex with replace works everywhere.
  return '"' + s.replace(/"/g, '""') + '"';
}

export function slug(text) {
  // Safe: split/join, no replaceAll.
  return text.toLowerCase().split(' ').join('-');
}

export function breadcrumbs(path) {
  return path
    .split('/')
    .filter(Boolean)
    // expect: no-replaceall
    .map((part) => decodeURIComponent(part).replaceAll('+', ' '));
}
