import { Request } from 'express';
import Handlebars from 'handlebars';
import { RequestHelpers } from './request-helpers';

export const TemplateParser = (content: string, request: Request): string => {
  const hbs = Handlebars.create();
  const template = hbs.compile(content, { noEscape: false });
  return template({}, { helpers: RequestHelpers(request) as any });
};
