import { Component, Input, OnInit } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-preview',
  template: `
    <div [innerHTML]="body"></div>
    <iframe [src]="frameUrl"></iframe>
    <a [href]="link">open</a>
    <div [innerHTML]="logo"></div>
  `,
})
export class PreviewComponent implements OnInit {
  @Input() html = '';
  body!: SafeHtml;
  frameUrl!: SafeResourceUrl;
  link!: SafeUrl;
  logo: SafeHtml;

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {
    this.logo = this.sanitizer.bypassSecurityTrustHtml('<svg width="24" height="24"><circle cx="12" cy="12" r="10"/></svg>');
  }

  ngOnInit(): void {
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(this.html);
    const src = this.route.snapshot.queryParamMap.get('embed') ?? '';
    // expect: xss
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(src);
    // expect: xss
    this.link = this.sanitizer.bypassSecurityTrustUrl(this.route.snapshot.queryParamMap.get('next') ?? '/');
  }
}
