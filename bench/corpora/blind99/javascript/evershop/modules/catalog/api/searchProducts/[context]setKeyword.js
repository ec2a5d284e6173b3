import { setContextValue } from '../../../graphql/services/contextHelper.js';

export default (request, response, delegate, next) => {
  const keyword = request.query.keyword?.trim() ?? '';
  const sku = request.query.sku;
  setContextValue(request, 'keyword', keyword);
  setContextValue(request, 'sku', sku || null);
  setContextValue(request, 'page', parseInt(request.query.page, 10) || 1);
  next();
};
