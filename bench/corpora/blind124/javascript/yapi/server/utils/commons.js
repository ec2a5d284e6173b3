exports.log = (msg, type) => {
  if (!msg) return;
  const level = type || 'info';
  const date = new Date().toISOString();
  // expect: log-injection
  console.log(`${date} [yapi] ${level}: ${msg}`);
};

exports.json_parse = (json) => {
  try {
    return JSON.parse(json);
  } catch (e) {
    return json;
  }
};
