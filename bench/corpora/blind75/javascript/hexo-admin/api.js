const path = require('path');
const fs = require('hexo-fs');
const yml = require('js-yaml');

const updateAny = require('./update');
const deploy = require('./deploy');
const settingsStore = require('./settings');

const update = updateAny.bind(null, 'Post');

module.exports = function(app, hexo) {
  function use(route, handler) {
    app.use(hexo.config.root + 'admin/api/' + route, function(req, res) {
      const done = function(val) {
        if (!val) {
          res.statusCode = 204;
          return res.end('');
        }
        res.setHeader('Content-type', 'application/json');
        res.end(JSON.stringify(val));
      };
      res.done = done;
      res.send = function(num, data) {
        res.statusCode = num;
        res.end(data);
      };
      handler(req, res, function(err) {
        res.send(500, 'internal error');
        hexo.log.e('admin api error', err && err.message);
      });
    });
  }

  use('posts/list', function(req, res) {
    const posts = hexo.model('Post').toArray().map((p) => ({ _id: p._id, title: p.title, source: p.source, date: p.date }));
    res.done(posts);
  });

  use('posts/', function(req, res, next) {
    const parts = req.url.split('/').filter(Boolean);
    const id = parts[0];
    const post = hexo.model('Post').get(id);
    if (!post) return next(new Error('post not found'));
    if (req.method !== 'POST') return res.done(post);
    update(id, req.body, function(err, updated) {
      if (err) return next(err);
      res.done({ post: updated });
    }, hexo);
  });

  use('images/upload', function(req, res, next) {
    if (req.method !== 'POST') return next();
    if (!req.body.data || !req.body.filename) return res.send(400, 'data and filename required');
    const imagePath = path.join(hexo.source_dir, 'images');
    const filename = req.body.filename;
    const buf = Buffer.from(req.body.data.replace(/^data:image\/\w+;base64,/, ''), 'base64');
    // expect: path-traversal
    fs.writeFile(path.join(imagePath, filename), buf).then(function() {
      res.done({ src: hexo.config.root + 'images/' + filename });
    }).catch(next);
  });

  use('images/list', function(req, res) {
    const imagePath = path.join(hexo.source_dir, 'images');
    fs.listDir(imagePath).then((files) => res.done(files.filter((f) => /\.(png|jpe?g|gif|svg|webp)$/i.test(f))));
  });

  use('settings/set', function(req, res, next) {
    if (req.method !== 'POST') return next();
    const { name, value, addedOptions } = req.body;
    const settings = settingsStore.get(hexo);
    settings.options = settings.options || {};
    settings.options[name] = value;
    Object.assign(settings.options, addedOptions || {});
    settingsStore.save(hexo, settings);
    res.done({ updated: name, settings });
  });

  use('settings/import', function(req, res, next) {
    if (req.method !== 'POST') return next();
    try {
      const parsed = settingsStore.parse(req.body.raw || '');
      settingsStore.save(hexo, parsed);
      res.done({ imported: Object.keys(parsed || {}) });
    } catch (e) {
      res.send(400, 'invalid yaml');
    }
  });

  use('deploy', function(req, res, next) {
    if (req.method !== 'POST') return next();
    const cmd = (hexo.config.admin && hexo.config.admin.deployCommand) || './hexo-deploy.sh';
    deploy(cmd, req.body.message, function(err, result) {
      if (err) return res.done({ error: err.message });
      res.done(result);
    });
  });

  use('deploy-safe', function(req, res, next) {
    if (req.method !== 'POST') return next();
    deploy.withArgs(['git', 'commit', '-m', String(req.body.message || 'update')], function(err, result) {
      res.done(err ? { error: err.message } : result);
    });
  });

  use('config/dump', function(req, res) {
    res.done({ yaml: yml.dump(hexo.config) });
  });
};
