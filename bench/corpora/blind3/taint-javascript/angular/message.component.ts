import { Component, ElementRef, OnInit, ViewChild } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({
  selector: 'app-message',
  template: `<div [innerHTML]="body"></div><div #raw></div><p>{{ plain }}</p>`,
})
export class MessageComponent implements OnInit {
  @ViewChild('raw', { static: true }) raw!: ElementRef<HTMLDivElement>;
  body: SafeHtml = '';
  plain = '';

  constructor(private route: ActivatedRoute, private router: Router, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    const text = this.route.snapshot.queryParamMap.get('m') ?? '';
    this.plain = text;
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(`<em>${text}</em>`);
    const fragment = this.route.snapshot.fragment ?? '';
    // expect: xss
    this.raw.nativeElement.innerHTML = fragment;
    const next = this.route.snapshot.queryParamMap.get('next');
    if (next && next.startsWith('/')) {
      this.router.navigateByUrl(next);
    }
  }
}
