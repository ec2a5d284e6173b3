import { getContextValue } from '../../../graphql/services/contextHelper.js';
import { ProductRepository } from '../../services/ProductRepository.js';

export default async (request, response, delegate, next) => {
  const keyword = getContextValue(request, 'keyword');
  const sku = getContextValue(request, 'sku');
  const page = getContextValue(request, 'page');
  const repository = delegate.productRepository || new ProductRepository();
  const products = sku ? await repository.findBySku(sku) : await repository.searchByName(keyword, page);
  response.status(200);
  response.json({ data: { products } });
};
