import escapeHtml from 'escape-html';

export function renderCertificate(name: string, slug: string): string {
  return `<h1>${name}</h1><h2>${slug}</h2>`;
}

export function renderCertificateSafe(name: string, slug: string): string {
  return `<h1>${escapeHtml(name)}</h1><h2>${escapeHtml(slug)}</h2>`;
}
