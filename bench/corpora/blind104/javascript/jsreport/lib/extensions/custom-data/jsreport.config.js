module.exports = {
  name: 'custom-data',
  main: 'main.js',
  dependencies: ['templates', 'data'],
  optionsSchema: { extensions: { 'custom-data': { type: 'object', properties: { templatesDir: { type: 'string' } } } } },
}
