const { runCode } = require('./runner');

// A plugin in Saltcorn's shape: actions receive the table row and the configuration
// the admin entered, and routes are mounted under /plugins/run-js.
module.exports = {
  sc_plugin_api_version: 1,
  actions: () => ({
    run_js_code: {
      configFields: [{ name: 'code', label: 'Code', input_type: 'code' }],
      run: async ({ row, configuration: { code } }) => runCode(code, { row }),
    },
  }),
  routes: [
    {
      url: '/plugins/run-js/test',
      method: 'post',
      callback: async (req, res) => {
        const { code, row = {} } = req.body;
        res.json({ result: await runCode(code, { row }) });
      },
    },
  ],
};
