// Description:
//   Evaluates arithmetic.
//
// Commands:
//   hubot calc <expr> - evaluates an expression
//   hubot math <expr> - evaluates with mathjs

const math = require('mathjs');

module.exports = (robot) => {
  robot.respond(/calc (.+)$/i, (res) => {
    const expr = res.match[1].trim();
    try {
      // expect: code-injection
      const value = eval(expr);
      res.send(`${expr} = ${value}`);
    } catch (e) {
      res.send('could not evaluate that');
    }
  });

  robot.respond(/math (.+)$/i, (res) => {
    try {
      res.send(String(math.evaluate(res.match[1])));
    } catch (e) {
      res.send('could not evaluate that');
    }
  });
};
