'use strict';

module.exports = function projectIdSetter(req, res, next) {
  const projectid = req.params.projectid;
  if (projectid) {
    req.projectid = projectid;
  }
  next();
};
