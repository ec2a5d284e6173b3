import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { SortSpec } from '../../products/dto/search-products.dto';

const SORTABLE: Record<string, string> = {
  name: 'p.name',
  price: 'p.price',
  newest: 'p.created_at',
};

// "price:desc" -> { column: 'p.price', direction: 'DESC' }
@Injectable()
export class ParseSortPipe implements PipeTransform<string | undefined, SortSpec> {
  transform(value: string | undefined): SortSpec {
    if (!value) return { column: 'p.name', direction: 'ASC' };
    const [key, dir = 'asc'] = value.split(':');
    const column = SORTABLE[key];
    if (!column) throw new BadRequestException(`cannot sort by ${key}`);
    return { column, direction: dir.toLowerCase() === 'desc' ? 'DESC' : 'ASC' };
  }
}
