import { NextApiRequest, NextApiResponse } from 'next';
import { renderFallback } from '../../lib/fallback';

const THEMES = new Set(['light', 'dark', 'preferred_color_scheme', 'transparent_dark']);

export default function WidgetFallbackApi(req: NextApiRequest, res: NextApiResponse) {
  const { theme = 'light', term = '' } = req.query as { theme?: string; term?: string };
  const html = renderFallback(THEMES.has(theme) ? theme : 'light', term);

  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // expect: xss
  res.status(200).send(html);
}
