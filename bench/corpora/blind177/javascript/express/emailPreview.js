// Transactional e-mail templates: staff edit them in the admin UI, customers trigger sends.
const fs = require('fs');
const path = require('path');
const express = require('express');
const ejs = require('ejs');
const Handlebars = require('handlebars');

const router = express.Router();
router.use(express.json({ limit: '128kb' }));

const TEMPLATE_DIR = path.join(__dirname, 'email-templates');
const receiptTemplate = fs.readFileSync(path.join(TEMPLATE_DIR, 'receipt.ejs'), 'utf8');
const welcomeTemplate = Handlebars.compile(fs.readFileSync(path.join(TEMPLATE_DIR, 'welcome.hbs'), 'utf8'));

router.post('/emails/receipt/preview', function (req, res) {
  // Request values are passed as data to our own template file; EJS escapes <%= %>.
  const html = ejs.render(receiptTemplate, {
    customerName: String(req.body.customerName || ''),
    orderNumber: String(req.body.orderNumber || ''),
  });
  res.json({ html });
});

router.post('/emails/welcome/preview', function (req, res) {
  res.json({ html: welcomeTemplate({ firstName: String(req.body.firstName || '') }) });
});

// Store owners (any signed-up merchant) can write their own order e-mail in EJS.
router.post('/emails/custom/preview', function (req, res) {
  try {
    // expect: code-injection
    const html = ejs.render(req.body.template, { order: req.body.sampleOrder || {} });
    res.json({ html });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

// Same feature for merchants on the Handlebars editor.
router.post('/emails/custom-hbs/preview', function (req, res) {
  try {
    // expect: code-injection
    const compiled = Handlebars.compile(req.body.template);
    res.json({ html: compiled({ order: req.body.sampleOrder || {} }) });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

module.exports = router;
