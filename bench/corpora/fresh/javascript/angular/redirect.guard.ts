import { Injectable } from '@angular/core';
import { ActivatedRouteSnapshot, CanActivate, Router } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class ReturnUrlGuard implements CanActivate {
  constructor(private router: Router, private sanitizer: DomSanitizer, private http: HttpClient) {}

  canActivate(route: ActivatedRouteSnapshot): boolean {
    const returnUrl = route.queryParamMap.get('returnUrl');
    if (returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//')) {
      this.router.navigateByUrl(returnUrl);
      return false;
    }
    const ext = route.queryParamMap.get('ext');
    if (ext) {
      // expect: open-redirect
      window.location.href = ext;
      return false;
    }
    return true;
  }

  widgetScript(src: string) {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustScript(src);
  }

  brandStyle() {
    return this.sanitizer.bypassSecurityTrustStyle('background: linear-gradient(#fff, #eee)');
  }

  loadTemplate(name: string) {
    this.http.get(`/assets/templates/${encodeURIComponent(name)}.html`, { responseType: 'text' }).subscribe((html) => {
      document.getElementById('tpl-host')!.textContent = html;
    });
  }

  loadRemote(url: string) {
    this.http.get(url, { responseType: 'text' }).subscribe((html) => {
      // expect: xss
      document.getElementById('tpl-host')!.outerHTML = html;
    });
  }
}
