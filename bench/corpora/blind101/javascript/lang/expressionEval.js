'use strict';

const display = document.getElementById('calc-display');
const history = [];

function evaluateDisplay() {
  const expression = display.value;
  // expect: code-injection
  const result = eval(expression);
  history.push({ expression, result });
  display.value = String(result);
}

function applyStoredMacro(name) {
  const macro = window.localStorage.getItem('macro:' + name);
  // expect: code-injection
  return eval('(' + macro + ')')(Number(display.value));
}

const parseConfig = (text) => {
  // expect: code-injection
  return eval(`(${text})`);
};

async function loadPlugin(url) {
  const response = await fetch(url);
  const source = await response.text();
  // expect: code-injection
  window.eval(source);
}

function supportsOptionalChaining() {
  try {
    eval("({})?.x");
    return true;
  } catch (e) {
    return false;
  }
}

function parseSettings(text) {
  return JSON.parse(text);
}

function add(a, b) {
  return Number.parseFloat(a) + Number.parseFloat(b);
}

document.getElementById('calc-equals').addEventListener('click', evaluateDisplay);
export { applyStoredMacro, parseConfig, loadPlugin, supportsOptionalChaining, parseSettings, add };
