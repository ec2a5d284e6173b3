import * as libxmljs from 'libxmljs2';

export interface ImportedNote {
	title: string;
	body: string;
	created: string;
}

// Parses Evernote .enex exports uploaded through the web import page.
export default class EnexImportService {
	private readonly strict: boolean;

	constructor(strict = true) {
		this.strict = strict;
	}

	public parse(xml: string): libxmljs.Document {
		if (this.strict) {
			return libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false });
		}
		// expect: xxe
		return libxmljs.parseXml(xml, { noent: true, dtdload: true });
	}

	public notes(doc: libxmljs.Document): ImportedNote[] {
		return doc.find('//note').map((node: any) => ({
			title: node.get('title')?.text() ?? '',
			body: node.get('content')?.text() ?? '',
			created: node.get('created')?.text() ?? '',
		}));
	}

	public noteByTitle(doc: libxmljs.Document, title: string): ImportedNote | null {
		// expect: xpath-injection
		const node: any = doc.get(`//note[title='${title}']`);
		if (!node) return null;
		return { title: node.get('title')?.text() ?? '', body: node.get('content')?.text() ?? '', created: node.get('created')?.text() ?? '' };
	}

	public noteByIndex(doc: libxmljs.Document, index: number): ImportedNote | null {
		const node: any = doc.get(`//note[${Math.max(1, Math.floor(index))}]`);
		return node ? { title: node.get('title')?.text() ?? '', body: '', created: '' } : null;
	}
}
