const asyncWrapper = require('../../middleware/asyncWrapper');
const App = require('../../models/App');
const { removeIcon, removeIconChecked } = require('../../utils/icons');
const { orderClause } = require('../../utils/order');

const getAllApps = asyncWrapper(async (req, res) => {
  const where = req.isAuthenticated ? {} : { isPublic: true };
  const order = orderClause(req.query.orderBy);
  const apps = await App.findAll({ where, order });
  res.status(200).json({ success: true, data: apps });
});

const updateApp = asyncWrapper(async (req, res) => {
  const app = await App.findOne({ where: { id: Number(req.params.id) } });
  const body = { ...req.body };
  if (req.file) {
    if (body.keepOldIcon === 'strict') {
      await removeIconChecked(app.icon);
    } else {
      await removeIcon(body.oldIcon || app.icon);
    }
    body.icon = req.file.filename;
  }
  await app.update({ name: body.name, url: body.url, icon: body.icon });
  res.status(200).json({ success: true, data: app });
});

const pinApp = asyncWrapper(async (req, res) => {
  const app = await App.findOne({ where: { id: Number(req.params.id) } });
  await app.update({ isPinned: req.body.isPinned === true });
  res.status(200).json({ success: true, data: app });
});

module.exports = { getAllApps, updateApp, pinApp };
