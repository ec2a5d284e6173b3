import { Component, ElementRef, Input, OnInit, Renderer2, ViewChild } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { HttpClient } from '@angular/common/http';
import { DomSanitizer, SafeHtml, SafeStyle, SafeUrl } from '@angular/platform-browser';

interface Message { id: number; subject: string; bodyHtml: string; avatarUrl: string }

@Component({
  selector: 'app-message-view',
  template: `
    <h2>{{ message?.subject }}</h2>
    <div [innerHTML]="message?.bodyHtml"></div>
    <div [innerHTML]="trustedBody"></div>
    <a [href]="backLink">Back</a>
    <div #preview></div>
    <div [style]="accent"></div>
  `,
})
export class MessageViewComponent implements OnInit {
  @Input() signature = '';
  @ViewChild('preview', { static: true }) preview!: ElementRef<HTMLDivElement>;

  message?: Message;
  trustedBody?: SafeHtml;
  backLink?: SafeUrl;
  accent?: SafeStyle;
  footer: SafeHtml;

  constructor(
    private readonly route: ActivatedRoute,
    private readonly http: HttpClient,
    private readonly sanitizer: DomSanitizer,
    private readonly renderer: Renderer2,
  ) {
    this.footer = this.sanitizer.bypassSecurityTrustHtml('<small>Sent with <b>Mailbox</b></small>');
  }

  ngOnInit(): void {
    const id = Number(this.route.snapshot.paramMap.get('id'));
    this.http.get<Message>(`/api/messages/${id}`).subscribe((m) => {
      this.message = m;
      // expect: angular-bypass-sanitizer
      this.trustedBody = this.sanitizer.bypassSecurityTrustHtml(m.bodyHtml + this.signature);
    });

    const back = this.route.snapshot.queryParamMap.get('back') ?? '/inbox';
    // expect: angular-bypass-sanitizer
    this.backLink = this.sanitizer.bypassSecurityTrustUrl(back);

    const color = this.route.snapshot.queryParamMap.get('accent') ?? '';
    // expect: angular-bypass-sanitizer
    this.accent = this.sanitizer.bypassSecurityTrustStyle(`border-left: 4px solid ${color}`);

    const draft = this.route.snapshot.queryParamMap.get('draft') ?? '';
    // expect: angular-dom-innerhtml
    this.preview.nativeElement.innerHTML = draft;
    // expect: angular-renderer-innerhtml
    this.renderer.setProperty(this.preview.nativeElement, 'innerHTML', this.signature);
    this.renderer.setProperty(this.preview.nativeElement, 'textContent', draft);
  }
}
