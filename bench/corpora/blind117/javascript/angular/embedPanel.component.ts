import { Component, Input, OnChanges } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

@Component({
  selector: 'app-embed-panel',
  template: '<iframe [src]="videoUrl"></iframe><div [innerHTML]="notes"></div><div [style]="boxStyle"></div>'
})
export class EmbedPanelComponent implements OnChanges {
  @Input() embed: { videoUrl: string; notesHtml: string; css: string; link: string };
  videoUrl: SafeResourceUrl;
  notes: SafeHtml;
  cleanNotes: SafeHtml;
  boxStyle: SafeStyle;
  help: SafeHtml;

  constructor(private sanitizer: DomSanitizer) {}

  ngOnChanges(): void {
    // expect: xss
    this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl(this.embed.videoUrl);
    // expect: xss
    this.notes = this.sanitizer.bypassSecurityTrustHtml(this.embed.notesHtml);
    // expect: xss
    this.boxStyle = this.sanitizer.bypassSecurityTrustStyle(this.embed.css);
    this.cleanNotes = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(this.embed.notesHtml));
    this.help = this.sanitizer.bypassSecurityTrustHtml('<b>Tip:</b> paste a video link.');
  }

  openLink(): string {
    const url = this.embed.link;
    // expect: xss
    return this.sanitizer.bypassSecurityTrustUrl(url) as unknown as string;
  }
}
