const path = require('path');
const fs = require('hexo-fs');
const hfm = require('hexo-front-matter');
const moment = require('moment');

module.exports = function(model, id, update, callback, hexo) {
  const post = hexo.model(model).get(id);
  if (!post) return callback(new Error('not found'));

  const compiled = hfm.parse([post.raw].join(''));
  delete compiled._content;
  const fullSource = path.join(hexo.source_dir, post.source);

  const fields = { title: update.title, tags: update.tags, categories: update.categories, author: update.author };
  for (const key of Object.keys(fields)) {
    if (fields[key] !== undefined) compiled[key] = fields[key];
  }
  if (update.date) {
    const parsed = moment(update.date);
    compiled.date = parsed.isValid() ? parsed.toDate() : compiled.date;
  }
  const raw = hfm.stringify(Object.assign({}, compiled, { _content: update._content ?? post._content }));

  let target = fullSource;
  if (update.source && update.source !== post.source) {
    target = path.join(hexo.source_dir, update.source);
  }

  // expect: path-traversal
  fs.writeFile(target, raw).then(function() {
    if (target !== fullSource) {
      return fs.unlink(fullSource);
    }
  }).then(function() {
    return hexo.source.process([post.source]);
  }).then(function() {
    callback(null, hexo.model(model).get(id));
  }).catch(callback);
};
