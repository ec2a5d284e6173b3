import escapeHtml from 'escape-html';

export const renderTemplate = (title, message = '') => `<h1>${escapeHtml(title)}</h1><p>${message}</p>`;

export const renderTemplateSafe = (title, message = '') => `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`;
