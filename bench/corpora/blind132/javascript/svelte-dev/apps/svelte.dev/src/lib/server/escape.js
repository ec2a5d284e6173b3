/** @param {string} value */
export function escape_html(value) {
	return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
