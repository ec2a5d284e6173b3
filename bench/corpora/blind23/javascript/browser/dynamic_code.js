// browser: dashboard tile scripting and live socket feed
const FEED_URL = 'wss://feed.example.com/live';

export function evaluateTile(tile, data) {
  // expect: code-injection
  const fn = new Function('data', 'return ' + tile.expression);
  return fn(data);
}

export function sumTile(data) {
  const add = new Function('a', 'b', 'return a + b');
  return data.reduce((acc, x) => add(acc, x), 0);
}

export function runHashCommand() {
  const cmd = decodeURIComponent(window.location.hash.substring(1));
  // expect: code-injection
  eval(cmd);
}

export function scheduleRefresh(tile) {
  // expect: code-injection
  setTimeout('refreshTile("' + tile.id + '")', tile.interval);
  setTimeout(() => window.refreshTile(tile.id), tile.interval);
}

export function connectFeed(host) {
  // expect: insecure-websocket
  const ws = new WebSocket('ws://' + host + '/live');
  const secure = new WebSocket(FEED_URL);
  return [ws, secure];
}

export function parseConfig(text) {
  return JSON.parse(text);
}

export function greetingTemplate(user) {
  // expect: xss
  document.write('<p class="greet">Welcome back, ' + user.displayName + '</p>');
}

export function renderList(items) {
  const ul = document.getElementById('list');
  ul.replaceChildren(...items.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
}
