import { Component, Input, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

const PLAYER_PREFIX = 'https://player.vimeo.com/video/';

@Component({
  selector: 'app-embed-viewer',
  templateUrl: './embed-viewer.component.html',
})
export class EmbedViewerComponent implements OnInit {
  @Input() post: { bodyHtml: string; videoId: string; accent: string; embedUrl: string };

  body: SafeHtml;
  video: SafeResourceUrl;
  embed: SafeResourceUrl;
  accentStyle: SafeStyle;
  notice: SafeHtml;
  preview: SafeHtml;

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  ngOnInit(): void {
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(this.post.bodyHtml);
    // expect: xss
    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(this.post.embedUrl);
    const id = /^\d+$/.test(this.post.videoId) ? this.post.videoId : '0';
    this.video = this.sanitizer.bypassSecurityTrustResourceUrl(PLAYER_PREFIX + id);
    this.notice = this.sanitizer.bypassSecurityTrustHtml('<strong>Sponsored</strong> content');
    this.preview = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(this.post.bodyHtml));
    this.route.queryParamMap.subscribe((params) => {
      // expect: xss
      this.accentStyle = this.sanitizer.bypassSecurityTrustStyle(params.get('accent') || '');
    });
  }
}
