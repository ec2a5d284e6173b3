const CDP = require('chrome-remote-interface');

async function withPage(fn) {
  const client = await CDP();
  try {
    await client.Page.enable();
    const { frameTree } = await client.Page.getFrameTree();
    return await fn(client, frameTree.frame.id);
  } finally {
    await client.close();
  }
}

async function renderInvoice(invoiceHtml) {
  return withPage(async (client, frameId) => {
    // expect: ssrf
    await client.Page.setDocumentContent({ frameId, html: invoiceHtml });
    return client.Page.printToPDF({ printBackground: true });
  });
}

async function renderNote(note) {
  return withPage(async ({ Page }, frameId) => {
    // expect: ssrf
    await Page.setDocumentContent({ frameId, html: `<html><body><h1>${note.title}</h1>${note.body}</body></html>` });
    return Page.printToPDF();
  });
}

async function renderRequest(req) {
  return withPage(async (client, frameId) => {
    const { Page } = client;
    // expect: ssrf
    await Page.setDocumentContent({
      frameId,
      html: '<base href="https://reports.example.com/">' + req.body.html,
    });
    return Page.printToPDF();
  });
}

async function renderBlank() {
  return withPage(async ({ Page }, frameId) => {
    await Page.setDocumentContent({ frameId, html: '<html><body><p>No data</p></body></html>' });
    return Page.printToPDF();
  });
}

module.exports = { renderInvoice, renderNote, renderRequest, renderBlank };
