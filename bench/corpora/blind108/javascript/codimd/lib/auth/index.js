const express = require('express');
const passport = require('passport');
const { rememberReturnTo, finishLogin, finishLogout } = require('./utils');

const authRouter = express.Router();

authRouter.get('/login', rememberReturnTo, (req, res) => res.render('signin.ejs'));
authRouter.post('/login', passport.authenticate('local', { failureRedirect: '/login' }), finishLogin);
authRouter.get('/logout', finishLogout);

module.exports = authRouter;
