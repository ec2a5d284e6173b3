// DOM: createContextualFragment, srcdoc, <template> and shadow roots fed from a preview API
import DOMPurify from 'dompurify';

interface Preview {
  html: string;
  title: string;
}

async function fetchPreview(id: string): Promise<Preview> {
  const res = await fetch(`/api/previews/${encodeURIComponent(id)}`);
  return res.json();
}

export async function mountPreview(id: string, host: HTMLElement) {
  const preview = await fetchPreview(id);
  const range = document.createRange();
  // expect: xss
  const frag = range.createContextualFragment(preview.html);
  host.appendChild(frag);
}

export async function mountFrame(id: string, frame: HTMLIFrameElement) {
  const preview = await fetchPreview(id);
  // expect: xss
  frame.srcdoc = preview.html;
}

export class PreviewCard extends HTMLElement {
  async connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const preview = await fetchPreview(this.getAttribute('preview-id') ?? '');
    // expect: xss
    root.innerHTML = `<h3>${preview.title}</h3><section>${preview.html}</section>`;
  }
}

export async function mountPreviewSafely(id: string, host: HTMLElement) {
  const preview = await fetchPreview(id);
  const clean = DOMPurify.sanitize(preview.html, { RETURN_DOM_FRAGMENT: true });
  host.appendChild(clean);
}

export async function mountFrameSandboxed(id: string, frame: HTMLIFrameElement) {
  const preview = await fetchPreview(id);
  frame.srcdoc = DOMPurify.sanitize(preview.html);
  const title = document.createElement('h3');
  title.textContent = preview.title;
  frame.before(title);
}

customElements.define('preview-card', PreviewCard);
