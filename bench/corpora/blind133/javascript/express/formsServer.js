'use strict';

const express = require('express');
const path = require('path');

const accountRoutes = require('./routes/account');
const adminRoutes = require('./routes/admin');

// expect: jwt-no-verify
const app = express();
app.set('view engine', 'pug');
app.set('views', path.join(__dirname, 'views'));
app.use(express.urlencoded({ extended: false }));
app.use(require('./middleware/currentUser'));

// expect: jwt-no-verify
const admin = express();
admin.use(express.urlencoded({ extended: false }));
admin.post('/users/:id/role', adminRoutes.changeRole);
admin.post('/users/:id/delete', adminRoutes.deleteUser);

// expect: jwt-no-verify
const account = express();
account.post('/email', accountRoutes.changeEmail);
account.post('/password', accountRoutes.changePassword);

const pages = express.Router();
pages.get('/', (req, res) => res.render('home'));
pages.get('/about', (req, res) => res.render('about'));

app.use('/', pages);
app.use('/admin', admin);
app.use('/account', account);
app.use('/assets', express.static(path.join(__dirname, 'public')));

app.listen(process.env.PORT || 3000);
