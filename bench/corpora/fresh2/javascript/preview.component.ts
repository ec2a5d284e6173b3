import { Component, Input, OnInit } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-preview',
  template: '<div [innerHTML]="body"></div><iframe [src]="frame"></iframe>',
})
export class PreviewComponent implements OnInit {
  @Input() markdownHtml = '';
  body: SafeHtml = '';
  frame: SafeResourceUrl = '';
  avatar: SafeUrl = '';

  constructor(private readonly sanitizer: DomSanitizer, private readonly route: ActivatedRoute) {}

  ngOnInit(): void {
    const embed = this.route.snapshot.queryParamMap.get('embed') ?? '';
    // expect: xss
    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl(embed);
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(this.markdownHtml);
    this.avatar = this.sanitizer.bypassSecurityTrustUrl('/assets/default-avatar.png');
  }

  setStyle(color: string) {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustStyle(`color: ${color}`);
  }

  sanitized(html: string) {
    return this.sanitizer.sanitize(1, html);
  }
}
