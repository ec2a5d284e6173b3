// Server-side rendering entry: renders the React shell and hands the state to the client.
const express = require('express');
const serialize = require('serialize-javascript');
const { renderToString } = require('react-dom/server');
const React = require('react');
const App = require('../client/App');

const router = express.Router();

function shell({ html, stateScript, title }) {
  return `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>${title}</title></head>
  <body>
    <div id="root">${html}</div>
    <script>window.__INITIAL_STATE__ = ${stateScript};</script>
    <script src="/static/client.js"></script>
  </body>
</html>`;
}

router.get('/products/:slug', async (req, res, next) => {
  try {
    const product = await req.app.locals.catalog.bySlug(req.params.slug);
    const reviews = await req.app.locals.reviews.latest(product.id, 20);
    const state = { product, reviews };
    const html = renderToString(React.createElement(App, { initialState: state }));
    // Default options escape </script>, U+2028 and friends.
    const stateScript = serialize(state, { isJSON: true });
    res.send(shell({ html, stateScript, title: 'Shop' }));
  } catch (err) {
    next(err);
  }
});

// The store builder preview needs the merchant's custom formatter functions, which
// isJSON would drop, so it was switched to unsafe mode. Product names and review
// texts come from shoppers and merchants.
router.get('/preview/:storeId', async (req, res, next) => {
  try {
    const store = await req.app.locals.stores.withFormatters(req.params.storeId);
    const state = { store, products: await req.app.locals.catalog.forStore(store.id) };
    const html = renderToString(React.createElement(App, { initialState: state }));
    // expect: xss
    const stateScript = serialize(state, { unsafe: true });
    res.send(shell({ html, stateScript, title: 'Preview' }));
  } catch (err) {
    next(err);
  }
});

router.get('/config.js', (req, res) => {
  const publicConfig = { apiBase: '/api', featureFlags: req.app.locals.flags.public() };
  res.type('application/javascript').send('window.__CONFIG__ = ' + serialize(publicConfig) + ';');
});

module.exports = router;
