import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';

const CATEGORIES = new Set(['books', 'music', 'games']);

export class CatalogXml {
  private readonly doc: Document;

  constructor(file: string) {
    this.doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml') as unknown as Document;
  }

  titlesByAuthor(author: string): string[] {
    const expr = "//product[author='" + author + "']/title/text()";
    // expect: xpath-injection
    const nodes = xpath.select(expr, this.doc) as Node[];
    return nodes.map((n) => n.nodeValue ?? '');
  }

  titlesInCategory(category: string): string[] {
    const cat = CATEGORIES.has(category) ? category : 'books';
    const nodes = xpath.select(`//product[@category='${cat}']/title/text()`, this.doc) as Node[];
    return nodes.map((n) => n.nodeValue ?? '');
  }

  priceOf(sku: string): string | null {
    const evaluator = xpath.parse('//product[@sku=$sku]/price/text()');
    const value = evaluator.select1({ node: this.doc as unknown as Node, variables: { sku } }) as Node | undefined;
    return value?.nodeValue ?? null;
  }
}
