const commons = require('./utils/commons.js');

const insts = new Map();

function getInst(m, ...args) {
  if (!insts.get(m)) {
    insts.set(m, new m(args));
  }
  return insts.get(m);
}

module.exports = { commons, getInst };
