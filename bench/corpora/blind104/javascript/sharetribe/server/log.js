// Thin wrapper around console used by the server, like the template's log module
exports.error = (e, code, data) => {
  console.error(JSON.stringify({ code, data, message: e && e.message }));
};

exports.warn = (message) => {
  // expect: log-injection
  console.warn(`[marketplace] ${message}`);
};
