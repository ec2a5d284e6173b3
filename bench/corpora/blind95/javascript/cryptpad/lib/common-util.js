const now = () => Date.now();
const escapeHTML = (str) => String(str).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
module.exports = { now, escapeHTML };
