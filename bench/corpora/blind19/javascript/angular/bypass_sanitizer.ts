// Angular: DomSanitizer bypass calls and nativeElement.innerHTML with route / API data
import { Component, ElementRef, OnInit, SecurityContext, ViewChild } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';
import { HttpClient } from '@angular/common/http';

@Component({
  selector: 'app-announcement',
  template: `
    <div [innerHTML]="bodyHtml"></div>
    <iframe [src]="embedUrl"></iframe>
    <div #raw></div>
    <p [innerHTML]="plain"></p>
  `,
})
export class AnnouncementComponent implements OnInit {
  @ViewChild('raw', { static: true }) raw!: ElementRef<HTMLDivElement>;
  bodyHtml: SafeHtml = '';
  embedUrl: SafeResourceUrl = '';
  plain = '';
  readonly footer: SafeHtml;

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute, private http: HttpClient) {
    this.footer = this.sanitizer.bypassSecurityTrustHtml('<small>&copy; Example Ltd</small>');
  }

  ngOnInit(): void {
    const msg = this.route.snapshot.queryParamMap.get('msg') ?? '';
    // expect: xss
    this.bodyHtml = this.sanitizer.bypassSecurityTrustHtml(msg);

    const video = this.route.snapshot.paramMap.get('video') ?? '';
    // expect: xss
    this.embedUrl = this.sanitizer.bypassSecurityTrustResourceUrl(video);

    this.http.get<{ html: string }>('/api/announcement').subscribe((a) => {
      // expect: xss
      this.raw.nativeElement.innerHTML = a.html;
      this.plain = this.sanitizer.sanitize(SecurityContext.HTML, a.html) ?? '';
    });
  }

  setEmbed(id: string) {
    const safeId = encodeURIComponent(id);
    this.embedUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${safeId}`);
  }
}
