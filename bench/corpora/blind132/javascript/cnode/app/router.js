'use strict';

module.exports = app => {
  const { router, controller, middleware } = app;
  const tabFilter = middleware.tabFilter();

  router.get('/', tabFilter, controller.topic.index);
  router.get('/topics/search', controller.topic.search);
  router.get('/signin', controller.sign.showLogin);
  router.post('/signin', controller.sign.login);
  router.get('/auth/github/callback', controller.sign.githubCallback);
  router.get('/avatar/:name', controller.avatar.show);
  router.get('/avatar/by-user/:loginname', controller.avatar.byUser);
};
