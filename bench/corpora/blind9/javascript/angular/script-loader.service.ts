// library: Angular (DomSanitizer.bypassSecurityTrustScript, Renderer2)
import { Injectable, Renderer2, RendererFactory2 } from '@angular/core';
import { DomSanitizer, SafeScript } from '@angular/platform-browser';

@Injectable({ providedIn: 'root' })
export class ScriptLoaderService {
  private renderer: Renderer2;

  constructor(private sanitizer: DomSanitizer, factory: RendererFactory2) {
    this.renderer = factory.createRenderer(null, null);
  }

  trustWidgetScript(source: string): SafeScript {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustScript(source);
  }

  injectSnippet(host: HTMLElement, snippetHtml: string): void {
    // expect: xss
    this.renderer.setProperty(host, 'innerHTML', snippetHtml);
  }

  setLabel(host: HTMLElement, label: string): void {
    this.renderer.setProperty(host, 'textContent', label);
  }

  loadVendor(src: 'https://cdn.vendor.example/widget.js' | 'https://cdn.vendor.example/chat.js'): void {
    const el = this.renderer.createElement('script');
    this.renderer.setAttribute(el, 'src', src);
    this.renderer.appendChild(document.head, el);
  }
}
