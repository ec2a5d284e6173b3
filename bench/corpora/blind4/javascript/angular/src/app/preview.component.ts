import { Component, Input, OnChanges } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-preview',
  template: `
    <div class="preview" [innerHTML]="html"></div>
    <iframe *ngIf="frameUrl" [src]="frameUrl" title="preview"></iframe>
    <a *ngIf="link" [href]="link">open</a>
  `,
})
export class PreviewComponent implements OnChanges {
  @Input() markup = '';
  @Input() embedUrl = '';
  @Input() linkUrl = '';

  html: SafeHtml = '';
  frameUrl: SafeResourceUrl | null = null;
  link: SafeUrl | null = null;

  constructor(private sanitizer: DomSanitizer) {}

  ngOnChanges(): void {
    // expect: angular-bypass-security
    this.html = this.sanitizer.bypassSecurityTrustHtml(this.markup);
    if (this.embedUrl) {
      // expect: angular-bypass-security
      this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(this.embedUrl);
    }
    if (this.linkUrl) {
      // expect: angular-bypass-security
      this.link = this.sanitizer.bypassSecurityTrustUrl(this.linkUrl);
    }
  }
}

@Component({
  selector: 'app-static-logo',
  template: `<span [innerHTML]="logo"></span>`,
})
export class StaticLogoComponent {
  logo: SafeHtml;

  constructor(sanitizer: DomSanitizer) {
    this.logo = sanitizer.bypassSecurityTrustHtml('<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>');
  }
}
