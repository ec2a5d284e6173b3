'use strict';

// Evaluates spreadsheet formulas that customers save on their sheets.
// Jobs arrive on a Redis list; each job carries the formula text.
const Sandbox = require('sandbox');
const Redis = require('ioredis');
const fs = require('fs');

const redis = new Redis(process.env.REDIS_URL);
const PRELUDE = fs.readFileSync(__dirname + '/prelude.js', 'utf8');
const box = new Sandbox({ timeout: 2000 });

function evaluateFormula(job) {
  return new Promise((resolve) => {
    const source = PRELUDE + '\n' + 'return (' + job.formula + ');';
    // expect: code-injection
    box.run(source, (output) => resolve(output.result));
  });
}

function previewCell(cell) {
  return new Promise((resolve) => {
    // expect: code-injection
    new Sandbox().run(`(${cell.expression})`, (output) => {
      resolve({ id: cell.id, value: output.result, log: output.console });
    });
  });
}

class MacroRunner {
  constructor(options) {
    this.sandbox = new Sandbox(options);
  }

  runMacro(macro) {
    return new Promise((resolve) => {
      // expect: code-injection
      this.sandbox.run(macro.body, resolve);
    });
  }
}

async function replayFromFile(path) {
  const saved = JSON.parse(fs.readFileSync(path, 'utf8'));
  const s = new Sandbox();
  for (const entry of saved.entries) {
    // expect: code-injection
    s.run(
      entry.code,
      (out) => console.log(entry.id, out.result),
    );
  }
}

function selfTest() {
  // constant code: nothing from outside reaches the sandbox
  new Sandbox().run('1 + 1 + " apples"', (out) => console.log('self-test', out.result));
  const probe = new Sandbox();
  probe.run('Math.max(1, 2, 3)', (out) => console.log('probe', out.result));
}

async function main() {
  selfTest();
  const runner = new MacroRunner({ timeout: 500 });
  for (;;) {
    const [, raw] = await redis.blpop('formula-jobs', 0);
    const job = JSON.parse(raw);
    const value = job.kind === 'macro' ? await runner.runMacro(job) : await evaluateFormula(job);
    await redis.hset('formula-results', job.id, JSON.stringify(value));
  }
}

module.exports = { evaluateFormula, previewCell, replayFromFile, MacroRunner };

if (require.main === module) {
  main();
}
