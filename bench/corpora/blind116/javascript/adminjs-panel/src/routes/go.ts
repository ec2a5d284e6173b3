import { Router } from 'express';

export const goRouter = Router();

goRouter.get('/leave', (req, res) => {
  const target = (req.query.to as string) || '/admin';
  // expect: open-redirect
  res.redirect(target);
});

goRouter.get('/back', (req, res) => {
  const target = String(req.query.to || '');
  if (target.startsWith('/admin/') && !target.startsWith('//')) {
    return res.redirect(target);
  }
  res.redirect('/admin');
});
