const PAGE_SIZES = [10, 25, 50, 100];

function listDefaults(req, res, next) {
  const size = Number.parseInt(req.query.pageSize, 10);
  res.locals.pageSize = PAGE_SIZES.includes(size) ? size : 25;

  const page = Number.parseInt(req.query.page, 10);
  res.locals.offset = Number.isNaN(page) || page < 1 ? 0 : (page - 1) * res.locals.pageSize;

  res.locals.sort = req.query.sort || 'created_at';
  res.locals.direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';
  res.locals.returnTo = req.query.returnTo;
  next();
}

module.exports = { listDefaults };
