import { NextRequest, NextResponse } from 'next/server';
import { productsByTag, productsWhere } from '../../../lib/sql';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const tag = params.get('tag') ?? '';
  const brand = params.get('brand');
  if (!brand) {
    return NextResponse.json(await productsByTag(tag));
  }
  const where = [`tag = '${tag}'`, `brand = '${brand}'`].join(' AND ');
  // expect: sql-injection
  return NextResponse.json(await productsWhere(where));
}
