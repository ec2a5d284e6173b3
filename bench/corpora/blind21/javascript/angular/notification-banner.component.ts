// angular: a banner and a help panel fed by the query string and a remote config service
import { Component, ElementRef, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { HttpClient } from '@angular/common/http';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

interface Banner {
  html: string;
  level: 'info' | 'warn';
}

@Component({
  selector: 'app-notification-banner',
  template: `
    <div class="banner" [class.warn]="level === 'warn'" [innerHTML]="message"></div>
    <div class="hint">{{ hint }}</div>
    <section class="help" [innerHTML]="helpHtml"></section>
    <a [href]="supportLink">Contact support</a>
  `,
})
export class NotificationBannerComponent implements OnInit {
  private route = inject(ActivatedRoute);
  private http = inject(HttpClient);
  private sanitizer = inject(DomSanitizer);
  private host = inject(ElementRef);

  message = '';
  hint = '';
  helpHtml: SafeHtml = '';
  level: Banner['level'] = 'info';
  supportLink = 'mailto:support@example.com';

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    this.message = params.get('msg') ?? '';
    this.hint = params.get('hint') ?? '';

    this.http.get<Banner>('/api/config/banner').subscribe((b) => {
      this.level = b.level;
      this.helpHtml = this.sanitizer.bypassSecurityTrustHtml('<p>Need help? See the <a href="/docs">docs</a>.</p>');
    });

    const from = params.get('from');
    if (from) {
      // expect: xss
      this.host.nativeElement.querySelector('.hint').insertAdjacentHTML('beforeend', `<small>from ${from}</small>`);
    }

    const support = params.get('support');
    if (support && /^https:\/\/support\.example\.com\//.test(support)) {
      this.supportLink = support;
    }
  }

  renderTip(tipHtml: string): void {
    const el: HTMLElement = this.host.nativeElement.querySelector('.help');
    // expect: xss
    el.outerHTML = `<section class="help">${tipHtml}</section>`;
  }
}
