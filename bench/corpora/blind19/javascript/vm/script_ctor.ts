// vm: Script constructor (named and namespace import) and compileFunction
import { Script, createContext } from 'vm';
import * as nodeVm from 'node:vm';

export interface Plugin {
  name: string;
  source: string;
}

export function loadPlugin(plugin: Plugin) {
  // expect: code-injection
  const script = new Script(plugin.source, { filename: `${plugin.name}.js` });
  return script.runInContext(createContext({ console }));
}

export function wrapExpression(src: string) {
  // expect: code-injection
  const script = new nodeVm.Script(`(${src})`);
  return script.runInNewContext({});
}

export function compileHandler(body: string) {
  // expect: code-injection
  return nodeVm.compileFunction(body, ['event', 'context']);
}

const counterScript = new Script('globalThis.counter = (globalThis.counter || 0) + 1');

export function bump(ctx: object) {
  return counterScript.runInContext(createContext(ctx));
}

const HEALTH = nodeVm.compileFunction('return { ok: true, at: Date.now() }', []);

export function health() {
  return HEALTH();
}
