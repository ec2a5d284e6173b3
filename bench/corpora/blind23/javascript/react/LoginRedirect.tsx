// react: login page and redirect helpers (react-router v6)
import React, { useEffect, useRef } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';

function isLocal(path: string | null): path is string {
  return !!path && path.startsWith('/') && !path.startsWith('//');
}

export function AfterLogin() {
  const [params] = useSearchParams();
  const next = params.get('next');
  useEffect(() => {
    if (next) {
      // expect: open-redirect
      window.location.href = next;
    }
  }, [next]);
  return <p>Signing you in...</p>;
}

export function AfterLoginSafe() {
  const [params] = useSearchParams();
  const next = params.get('next');
  return <Navigate to={isLocal(next) ? next : '/'} replace />;
}

export function ContinueButton() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const target = params.get('continue') ?? '/';
  return <button onClick={() => navigate(isLocal(target) ? target : '/')}>Continue</button>;
}

export function PartnerReturn() {
  const [params] = useSearchParams();
  const url = params.get('return_url') || '/';
  // expect: open-redirect
  return <button onClick={() => window.location.assign(url)}>Back to partner</button>;
}

export function PromoBanner({ promoHtml }: { promoHtml: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.insertAdjacentHTML('afterbegin', promoHtml);
    }
  }, [promoHtml]);
  return <div ref={ref} className="promo" />;
}

export function TrackingPixel({ campaign }: { campaign: string }) {
  const src = `https://pixel.example.com/p.gif?c=${encodeURIComponent(campaign)}`;
  return <img src={src} alt="" width={1} height={1} />;
}

export function HelpLink({ topic }: { topic: string }) {
  return <a href={`/help/${encodeURIComponent(topic)}`}>Help</a>;
}

export function SupportEmbed({ ticketUrl }: { ticketUrl: string }) {
  // expect: xss
  return <iframe src={ticketUrl} title="support" />;
}
