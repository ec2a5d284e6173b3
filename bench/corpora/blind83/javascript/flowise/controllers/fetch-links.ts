import { NextFunction, Request, Response } from 'express';
import { webCrawl, xmlScrape } from '../nodes/scrape';

const getAllLinks = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const url = decodeURIComponent(req.query.url as string);
    const relativeLinksMethod = req.query.relativeLinksMethod as string;
    const limit = parseInt(req.query.limit as string, 10) || 10;
    const links = relativeLinksMethod === 'xmlScrape' ? await xmlScrape(url, limit) : await webCrawl(url, limit);
    return res.json({ status: 'OK', links });
  } catch (error) {
    next(error);
  }
};

export default { getAllLinks };
