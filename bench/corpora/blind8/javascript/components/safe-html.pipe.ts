// library: Angular (Pipe, DomSanitizer, Renderer2)
import { Directive, ElementRef, Input, OnChanges, Pipe, PipeTransform, Renderer2 } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeUrl } from '@angular/platform-browser';

@Pipe({ name: 'safeHtml', standalone: true })
export class SafeHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): SafeHtml {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
}

@Pipe({ name: 'safeUrl', standalone: true })
export class SafeUrlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): SafeUrl {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustUrl(value);
  }
}

@Directive({ selector: '[appRichText]', standalone: true })
export class RichTextDirective implements OnChanges {
  @Input() appRichText = '';
  @Input() plain = '';

  constructor(private el: ElementRef, private renderer: Renderer2) {}

  ngOnChanges(): void {
    // expect: xss
    this.renderer.setProperty(this.el.nativeElement, 'innerHTML', this.appRichText);
    this.renderer.setProperty(this.el.nativeElement, 'textContent', this.plain);
  }
}
