import { parseXml } from 'libxmljs2';

export class ImportService {
  importLenient(xml: string): number {
    // expect: xxe
    const doc = parseXml(xml, { noent: true, dtdload: true });
    return doc.find('//product').length;
  }

  importStrict(xml: string): number {
    const doc = parseXml(xml, { noent: false, dtdload: false, nonet: true });
    return doc.find('//product').length;
  }
}
