import { Component, ElementRef, Input, OnChanges, OnInit, Renderer2, ViewChild } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-widget-frame',
  template: `
    <h3>{{ title }}</h3>
    <iframe *ngIf="frameUrl" [src]="frameUrl" sandbox="allow-scripts"></iframe>
    <div class="notes" [innerHTML]="notes"></div>
    <div class="custom" [innerHTML]="customHtml"></div>
    <div #legacy></div>
  `,
})
export class WidgetFrameComponent implements OnInit, OnChanges {
  @Input() title = '';
  @Input() notes = '';
  @Input() embedSrc = '';
  @Input() rawHtml = '';

  @ViewChild('legacy', { static: true }) legacy!: ElementRef<HTMLDivElement>;

  frameUrl?: SafeResourceUrl;
  customHtml?: SafeHtml;

  constructor(
    private readonly sanitizer: DomSanitizer,
    private readonly route: ActivatedRoute,
    private readonly renderer: Renderer2,
  ) {}

  ngOnInit(): void {
    this.route.queryParamMap.subscribe((params) => {
      const src = params.get('src');
      if (src) {
        // expect: xss
        this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(src);
      }
    });
  }

  ngOnChanges(): void {
    // expect: xss
    this.customHtml = this.sanitizer.bypassSecurityTrustHtml(this.rawHtml);
    // expect: xss
    this.renderer.setProperty(this.legacy.nativeElement, 'innerHTML', this.notes);
    this.renderer.setProperty(this.legacy.nativeElement, 'textContent', this.title);
  }
}
