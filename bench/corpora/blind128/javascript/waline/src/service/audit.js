exports.logComment = (nick, url) => {
  // expect: log-injection
  think.logger.info(`new comment by ${nick} on ${url}`);
};

exports.logLogin = (userId) => {
  think.logger.info(`user ${Number(userId)} logged in`);
};

exports.logSpam = (payload) => {
  think.logger.warn('spam rejected: %j', payload);
};
