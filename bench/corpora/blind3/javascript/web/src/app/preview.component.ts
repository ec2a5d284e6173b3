import { Component, Input, OnChanges, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-preview',
  template: `
    <div [innerHTML]="html"></div>
    <iframe [src]="frameUrl"></iframe>
    <a [href]="downloadUrl">Download</a>
  `,
})
export class PreviewComponent implements OnChanges {
  @Input() markup = '';
  @Input() videoId = '';
  html: SafeHtml = '';
  frameUrl: SafeResourceUrl = '';
  downloadUrl: SafeUrl = '';

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  ngOnChanges(): void {
    // expect: xss
    this.html = this.sanitizer.bypassSecurityTrustHtml(this.markup);
    const id = encodeURIComponent(this.videoId);
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${id}`);
    const file = this.route.snapshot.queryParamMap.get('file') ?? '';
    // expect: xss
    this.downloadUrl = this.sanitizer.bypassSecurityTrustUrl(file);
  }

  sanitizedPreview(): string | null {
    return this.sanitizer.sanitize(SecurityContext.HTML, this.markup);
  }
}
