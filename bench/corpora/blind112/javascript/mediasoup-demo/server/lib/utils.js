const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

exports.escapeHtml = function (value) {
	return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
};

exports.safeSegment = function (value) {
	return String(value).replace(/[^a-zA-Z0-9_-]/g, '_');
};

exports.clone = function (data) {
	if (typeof data !== 'object') return {};
	return JSON.parse(JSON.stringify(data));
};
