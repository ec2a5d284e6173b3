module.exports = {
  name: 'custom-api',
  main: 'main.js',
  dependencies: ['express', 'templates'],
}
