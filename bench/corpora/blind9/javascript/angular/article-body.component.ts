// library: Angular (DomSanitizer with marked, ElementRef)
import { AfterViewInit, Component, ElementRef, Input, ViewChild } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

@Component({
  selector: 'app-article-body',
  template: `<article [innerHTML]="html"></article><aside #note></aside><section [innerHTML]="plain"></section>`,
})
export class ArticleBodyComponent implements AfterViewInit {
  @Input() markdown = '';
  @Input() note = '';
  @Input() trusted = false;
  @ViewChild('note') noteRef!: ElementRef<HTMLElement>;
  html: SafeHtml = '';
  plain = '';

  constructor(private sanitizer: DomSanitizer) {}

  ngOnChanges(): void {
    const rendered = marked.parse(this.markdown) as string;
    if (this.trusted) {
      // expect: xss
      this.html = this.sanitizer.bypassSecurityTrustHtml(rendered);
    } else {
      this.html = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(rendered));
    }
    this.plain = rendered;
  }

  ngAfterViewInit(): void {
    // expect: xss
    this.noteRef.nativeElement.innerHTML = this.note;
  }
}
