/* jslint node: true */
'use strict';

const cfg = require('../../../config');

exports.validNick = function (nickname) {
    const regex = /^\w{1,25}$/;
    return typeof nickname === 'string' && regex.exec(nickname) !== null;
};

exports.massToRadius = function (mass) {
    return 4 + Math.sqrt(mass) * 6;
};

exports.mathLog = (function () {
    const log = Math.log;
    return function (n, base) {
        return log(n) / (base ? log(base) : 1);
    };
})();

exports.getDistance = function (p1, p2) {
    return Math.sqrt(Math.pow(p2.x - p1.x, 2) + Math.pow(p2.y - p1.y, 2)) - p1.radius - p2.radius;
};

exports.randomInRange = function (from, to) {
    return Math.floor(Math.random() * (to - from)) + from;
};

exports.randomPosition = function (radius) {
    return {
        x: exports.randomInRange(radius, cfg.gameWidth - radius),
        y: exports.randomInRange(radius, cfg.gameHeight - radius),
    };
};

exports.removeNulls = function (inputArray) {
    return inputArray.filter((item) => item !== null && item !== undefined);
};
