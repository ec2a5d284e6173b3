import { Component, Input, OnInit } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-message',
  template: `<div [innerHTML]="body"></div><iframe [src]="embed"></iframe><a [href]="link">open</a>`,
})
export class MessageComponent implements OnInit {
  @Input() raw = '';
  body: SafeHtml = '';
  embed: SafeResourceUrl = '';
  link: SafeUrl = '';
  trusted: SafeHtml = '';

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(this.raw);
    // expect: xss
    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(params.get('video') ?? '');
    // expect: xss
    this.link = this.sanitizer.bypassSecurityTrustUrl(params.get('next') ?? '#');
    this.trusted = this.sanitizer.bypassSecurityTrustHtml('<b>Welcome back</b>');
  }
}
