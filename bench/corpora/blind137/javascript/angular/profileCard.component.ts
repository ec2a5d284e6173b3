import { Component, Input, OnInit } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

interface MemberProfile {
  id: string;
  signature: string;
  aboutHtml: string;
  accentColor: string;
}

@Component({
  selector: 'app-profile-card',
  templateUrl: './profile-card.component.html',
  styleUrls: ['./profile-card.component.css'],
})
export class ProfileCardComponent implements OnInit {
  bioHtml: SafeHtml = '';
  aboutHtml: SafeHtml = '';
  signatureHtml: SafeHtml = '';
  videoUrl: SafeResourceUrl | null = null;
  footerHtml: SafeHtml;
  bannerStyle: SafeStyle;

  @Input() set bio(value: string) {
    // expect: xss
    this.bioHtml = this.sanitizer.bypassSecurityTrustHtml(value);
  }

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute, private http: HttpClient) {
    this.footerHtml = this.sanitizer.bypassSecurityTrustHtml('<small>&copy; Acme Community</small>');
    this.bannerStyle = this.sanitizer.bypassSecurityTrustStyle('linear-gradient(90deg, #0a3d62, #38ada9)');
  }

  ngOnInit(): void {
    const videoId = this.route.snapshot.queryParamMap.get('intro');
    if (videoId) {
      // expect: xss
      this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl('https://player.example.com/embed/' + videoId);
    }

    const memberId = this.route.snapshot.paramMap.get('id');
    this.http.get<MemberProfile>(`/api/members/${memberId}`).subscribe((member) => {
      // expect: xss
      this.signatureHtml = this.sanitizer.bypassSecurityTrustHtml(member.signature);
      const cleaned = DOMPurify.sanitize(member.aboutHtml);
      this.aboutHtml = this.sanitizer.bypassSecurityTrustHtml(cleaned);
    });
  }
}
