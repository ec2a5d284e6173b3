import React, { useEffect } from 'react';
import { useSearchParams, useNavigate } from 'react-router-dom';

export function CheckoutReturn() {
  const [params] = useSearchParams();
  const navigate = useNavigate();

  useEffect(() => {
    const target = params.get('continue');
    if (target) {
      // expect: open-redirect
      window.location.href = target;
    } else {
      navigate('/orders');
    }
  }, [params, navigate]);

  return <p>Redirecting…</p>;
}

export function ReceiptFrame({ receiptHtml }: { receiptHtml: string }) {
  // expect: xss
  return <iframe title="receipt" srcDoc={receiptHtml} />;
}

export function SafeReceipt({ receiptHtml }: { receiptHtml: string }) {
  return <iframe title="receipt" srcDoc={receiptHtml} sandbox="" />;
}

export function PayPalBridge({ orderId }: { orderId: string }) {
  useEffect(() => {
    const popup = window.open('https://www.paypal.example.com/checkout?o=' + encodeURIComponent(orderId));
    const timer = setInterval(() => {
      // expect: postmessage-wildcard
      popup?.postMessage({ type: 'ping', orderId }, '*');
    }, 1000);
    return () => clearInterval(timer);
  }, [orderId]);
  return null;
}

export function Listener() {
  useEffect(() => {
    const onMsg = (e: MessageEvent) => {
      if (e.origin !== 'https://www.paypal.example.com') return;
      document.getElementById('status')!.textContent = String(e.data.status);
    };
    window.addEventListener('message', onMsg);
    return () => window.removeEventListener('message', onMsg);
  }, []);
  return <span id="status" />;
}

export function Terms({ html }: { html: string }) {
  const ref = React.useRef<HTMLDivElement>(null);
  useEffect(() => {
    // expect: xss
    ref.current?.insertAdjacentHTML('afterbegin', html);
  }, [html]);
  return <div ref={ref} />;
}
