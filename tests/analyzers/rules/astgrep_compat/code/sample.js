const fs = require("fs");

function load(name) {
  const text = fs.readFileSync(name, "utf8");
  console.log("loaded", name, text.length);
  return JSON.parse(text);
}

function render(el, html) {
  el.innerHTML = html;
  document.write(html);
  setTimeout("tick()", 10);
}

async function fetchAll(urls) {
  for (const url of urls) {
    await fetch(url);
  }
}

var legacy = 1;
