'use strict';

module.exports = class Util {

  static isValidIPv4(str) {
    const blocks = String(str).split('.');
    if (blocks.length !== 4) return false;
    return blocks.every((b) => /^\d{1,3}$/.test(b) && Number(b) <= 255);
  }

};
