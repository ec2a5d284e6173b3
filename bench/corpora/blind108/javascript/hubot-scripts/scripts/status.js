// Description:
//   Checks whether a site is up.
//
// Commands:
//   hubot is <url> up? - fetches the url
//   hubot status <service> - checks a known service

const { statusUrl, normaliseUrl } = require('../lib/services');

module.exports = (robot) => {
  robot.respond(/is (.+) up\??$/i, (res) => {
    const target = normaliseUrl(res.match[1]);
    // expect: ssrf
    robot.http(target).get()((err, response) => {
      res.send(err ? `${target} looks down` : `${target} answered ${response.statusCode}`);
    });
  });

  robot.respond(/status (\w+)$/i, (res) => {
    const url = statusUrl(res.match[1].toLowerCase());
    if (!url) return res.send('unknown service');
    robot.http(url).get()((err, response) => res.send(err ? 'down' : `up (${response.statusCode})`));
  });
};
