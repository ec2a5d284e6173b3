// library: Angular (DomSanitizer URL / resource URL / style bypasses)
import { Component, Input, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeResourceUrl, SafeStyle, SafeUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-media-embed',
  template: `
    <iframe [src]="frameUrl" width="640" height="360"></iframe>
    <a [href]="downloadUrl">Download</a>
    <div [style]="bannerStyle"></div>
  `,
})
export class MediaEmbedComponent implements OnInit {
  @Input() videoId = '';
  @Input() embedUrl = '';
  frameUrl!: SafeResourceUrl;
  downloadUrl!: SafeUrl;
  bannerStyle!: SafeStyle;

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  ngOnInit(): void {
    const id = encodeURIComponent(this.videoId);
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${id}`);
    if (this.embedUrl) {
      // expect: xss
      this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(this.embedUrl);
    }
    const link = this.route.snapshot.queryParamMap.get('download') ?? '';
    // expect: xss
    this.downloadUrl = this.sanitizer.bypassSecurityTrustUrl(link);
    this.bannerStyle = this.sanitizer.bypassSecurityTrustStyle('background: linear-gradient(#fff, #eef)');
  }
}
