import React from 'react';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

export function ProfileLink({ url, label }: { url: string; label: string }) {
  return <a href={url}>{label}</a>;
}

export function HelpLink() {
  // expect: xss
  return <a href="javascript:void(openHelp())">Help</a>;
}

export class BioComponent {
  bio: SafeHtml;
  constructor(private sanitizer: DomSanitizer) {}

  setBio(html: string) {
    // expect: xss
    this.bio = this.sanitizer.bypassSecurityTrustHtml(html);
  }

  setIcon() {
    this.bio = this.sanitizer.sanitize(1, '<b>bio</b>') as SafeHtml;
  }
}
