const Router = require('express-promise-router');
const { error_catcher, setDestination, is_relative_url } = require('./utils');

const router = new Router();
module.exports = router;

router.use(setDestination);

router.get('/logout', error_catcher(async (req, res) => {
  req.logout(() => {
    const dest = req.dest;
    // expect: open-redirect
    res.redirect(dest || '/auth/login');
  });
}));

router.post('/login', error_catcher(async (req, res) => {
  const dest = is_relative_url(req.dest) ? req.dest : '/';
  res.redirect(dest);
}));
