import { Component, Input, OnChanges, Pipe, PipeTransform } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';
import DOMPurify from 'dompurify';

@Pipe({ name: 'trustHtml' })
export class TrustHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): SafeHtml {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
}

@Component({
  selector: 'app-embed',
  template: `
    <iframe [src]="frameUrl" width="640" height="360"></iframe>
    <div class="banner" [style]="bannerStyle"></div>
    <a [href]="downloadLink">Download</a>
    <div [innerHTML]="cleanBody"></div>
  `,
})
export class EmbedComponent implements OnChanges {
  @Input() videoId = '';
  @Input() background = '';
  @Input() body = '';

  frameUrl?: SafeResourceUrl;
  bannerStyle?: SafeStyle;
  downloadLink?: SafeUrl;
  cleanBody?: SafeHtml;
  logo: SafeHtml;

  constructor(private readonly sanitizer: DomSanitizer, private route: ActivatedRoute) {
    // Safe: a constant template literal and a constant string.
    this.logo = this.sanitizer.bypassSecurityTrustHtml(`<svg viewBox="0 0 10 10"><circle r="5"/></svg>`);
    this.bannerStyle = this.sanitizer.bypassSecurityTrustStyle('background: #fafafa');
  }

  ngOnChanges(): void {
    const embed = 'https://player.example.com/embed/' + this.videoId;
    // expect: xss
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(embed);
    // expect: xss
    this.bannerStyle = this.sanitizer.bypassSecurityTrustStyle(`background-image: url(${this.background})`);
    const file = this.route.snapshot.queryParamMap.get('file') ?? '';
    // expect: xss
    this.downloadLink = this.sanitizer.bypassSecurityTrustUrl(file);
    // Safe: sanitized by DOMPurify before it is trusted.
    this.cleanBody = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(this.body));
  }

  runWidget(code: string) {
    const { sanitizer } = this;
    // expect: xss
    return sanitizer.bypassSecurityTrustScript(code);
  }
}
