const runCode = async (code, { row }) => {
  // expect: code-injection
  const fn = new Function('row', `return (async () => { ${code} })()`);
  return fn(row);
};

module.exports = { runCode };
