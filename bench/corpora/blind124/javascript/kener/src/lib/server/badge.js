function escapeXml(s) {
	return String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));
}

export function makeBadge(label, message, color = '#0b8a00') {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="20"><rect width="160" height="20" fill="#555"/><text x="5" y="14" fill="#fff">${label}</text><text x="90" y="14" fill="${escapeXml(color)}">${escapeXml(message)}</text></svg>`;
}

export function makeNumberBadge(tag, value) {
	return makeBadge(escapeXml(tag), `${Number(value).toFixed(2)}%`);
}
