// express (TypeScript): server-rendered pages with res.render and request data
import express, { Request, Response, NextFunction } from 'express';
import path from 'path';
import { getArticle, listArticles } from '../services/articles';

const router = express.Router();

const THEMES = new Set(['light', 'dark', 'sepia']);
const PAGES = ['about', 'pricing', 'contact', 'faq'];

router.get('/', async (req: Request, res: Response) => {
  const articles = await listArticles({ limit: 10 });
  res.render('index', { articles, q: req.query.q ?? '' });
});

router.get('/articles/:slug', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const article = await getArticle(req.params.slug);
    if (!article) return res.status(404).render('404', { slug: req.params.slug });
    const theme = THEMES.has(String(req.query.theme)) ? String(req.query.theme) : 'light';
    res.render('article', { article, theme });
  } catch (e) {
    next(e);
  }
});

router.get('/pages/:page', (req: Request, res: Response) => {
  // expect: path-traversal
  res.render(req.params.page);
});

router.get('/p/:page', (req: Request, res: Response) => {
  const page = PAGES.includes(req.params.page) ? req.params.page : 'about';
  res.render(path.join('pages', page));
});

router.get('/profile', (req: Request, res: Response) => {
  // expect: template-injection
  res.render('profile', req.query);
});

router.get('/profile/v2', (req: Request, res: Response) => {
  const { name = '', bio = '' } = req.query as Record<string, string>;
  res.render('profile', { name, bio });
});

router.post('/preview', express.urlencoded({ extended: true }), (req: Request, res: Response) => {
  // expect: template-injection
  res.render('preview', { ...req.body });
});

router.get('/embed', (req: Request, res: Response) => {
  res.set('Content-Security-Policy', "frame-ancestors 'self'");
  res.render('embed', { src: String(req.query.src || '').replace(/[^a-z0-9-]/gi, '') });
});

router.get('/notice', (req: Request, res: Response) => {
  const msg = typeof req.query.msg === 'string' ? req.query.msg : '';
  // expect: xss
  res.send(`<!doctype html><div class="notice">${msg}</div>`);
});

router.get('/notice/v2', (req: Request, res: Response) => {
  res.render('notice', { msg: req.query.msg });
});

export default router;
