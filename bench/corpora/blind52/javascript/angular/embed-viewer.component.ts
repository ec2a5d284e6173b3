import { Component, Input, OnChanges } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle, SafeUrl } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

// Renders partner embeds (HTML snippets, iframes, themed banners) on the dashboard.
@Component({
  selector: 'app-embed-viewer',
  template: `
    <div class="embed" [innerHTML]="snippet"></div>
    <iframe *ngIf="frameUrl" [src]="frameUrl"></iframe>
    <div class="banner" [style]="bannerStyle"></div>
    <a [href]="downloadLink">Download</a>
    <div class="help" [innerHTML]="help"></div>
  `,
})
export class EmbedViewerComponent implements OnChanges {
  @Input() embedHtml = '';
  @Input() accent = '#336699';

  snippet: SafeHtml = '';
  frameUrl: SafeResourceUrl | null = null;
  bannerStyle: SafeStyle = '';
  downloadLink: SafeUrl = '';
  help: SafeHtml;

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {
    this.help = this.sanitizer.bypassSecurityTrustHtml('<b>Need help?</b> Contact your admin.');
  }

  ngOnChanges(): void {
    // expect: xss
    this.snippet = this.sanitizer.bypassSecurityTrustHtml(this.embedHtml);
    const bg = `background: ${this.accent}; border-color: ${this.accent}`;
    // expect: xss
    this.bannerStyle = this.sanitizer.bypassSecurityTrustStyle(bg);
  }

  openFrame(): void {
    const src = this.route.snapshot.queryParamMap.get('frame') ?? '';
    // expect: xss
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(src);
  }

  setDownload(fileUrl: string): void {
    // expect: xss
    this.downloadLink = this.sanitizer.bypassSecurityTrustUrl(fileUrl);
  }

  runWidget(el: HTMLElement, code: string): void {
    // expect: xss
    const script = this.sanitizer.bypassSecurityTrustScript(code);
    el.setAttribute('data-script', String(script));
  }

  showCleanSnippet(html: string): void {
    this.snippet = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(html));
  }

  showStaticFrame(): void {
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/intro`);
  }
}
