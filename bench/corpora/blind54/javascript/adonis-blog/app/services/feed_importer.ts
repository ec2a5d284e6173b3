import libxmljs from 'libxmljs2'
import db from '@adonisjs/lucid/services/db'

type FeedItem = { title: string; link: string; guid: string }

function itemsOf(doc: libxmljs.Document): FeedItem[] {
  return doc.find('//item').map((node) => ({
    title: (node as libxmljs.Element).get('title')?.text() ?? '',
    link: (node as libxmljs.Element).get('link')?.text() ?? '',
    guid: (node as libxmljs.Element).get('guid')?.text() ?? '',
  }))
}

export function parseFeedStrict(xml: string): FeedItem[] {
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false })
  return itemsOf(doc)
}

export async function importFeed(tenant: string, xml: string): Promise<number> {
  let items: FeedItem[]
  try {
    // expect: xxe
    const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true })
    items = itemsOf(doc)
  } catch {
    items = []
  }
  for (const item of items) {
    await db.table('posts').insert({ tenant, title: item.title, source_url: item.link, guid: item.guid }).onConflict('guid').ignore()
  }
  return items.length
}

export function findByGuid(xml: string, guid: string) {
  const doc = libxmljs.parseXml(xml)
  // expect: xpath-injection
  return doc.get(`//item[guid='${guid}']/title`)?.text() ?? null
}
