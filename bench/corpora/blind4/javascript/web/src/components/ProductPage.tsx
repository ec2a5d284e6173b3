import React, { useEffect, useMemo, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Product = {
  id: string;
  name: string;
  descriptionHtml: string;
  vendorUrl: string;
  reviews: { author: string; body: string; website?: string }[];
};

export function Description({ product }: { product: Product }) {
  const clean = useMemo(() => DOMPurify.sanitize(product.descriptionHtml), [product.descriptionHtml]);
  return <div className="description" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function RawDescription({ product }: { product: Product }) {
  // expect: dangerously-set-inner-html
  const body = <div className="description" dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />;
  return <section>{body}</section>;
}

export function ReviewBody({ text }: { text: string }) {
  // expect: dangerously-set-inner-html
  const html = <p dangerouslySetInnerHTML={{ __html: marked.parse(text) as string }} />;
  return html;
}

export function ReviewAuthor({ review }: { review: Product['reviews'][number] }) {
  // expect: javascript-url
  const link = <a href={review.website} rel="nofollow">{review.author}</a>;
  return review.website ? link : <span>{review.author}</span>;
}

export function SafeAuthor({ review }: { review: Product['reviews'][number] }) {
  const href = review.website && /^https?:\/\//i.test(review.website) ? review.website : undefined;
  return href ? <a href={href} rel="nofollow noopener">{review.author}</a> : <span>{review.author}</span>;
}

export function Badge({ label }: { label: string }) {
  return <span className="badge">{label}</span>;
}

export function Spec({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      // expect: inner-html-assignment
      ref.current.innerHTML = html;
    }
  }, [html]);
  return <div ref={ref} />;
}

export function Price({ cents }: { cents: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.textContent = (cents / 100).toFixed(2);
  }, [cents]);
  return <span ref={ref} />;
}

export function VendorFrame({ product }: { product: Product }) {
  // expect: iframe-srcdoc-untrusted
  const frame = <iframe title="vendor" srcDoc={product.descriptionHtml} />;
  return frame;
}

export default function ProductPage({ id }: { id: string }) {
  const [product, setProduct] = useState<Product | null>(null);
  useEffect(() => {
    fetch(`/api/products/${encodeURIComponent(id)}`)
      .then((r) => r.json())
      .then(setProduct)
      .catch(() => setProduct(null));
  }, [id]);
  if (!product) return <p>Loading…</p>;
  return (
    <article>
      <h1>{product.name}</h1>
      <Description product={product} />
      {product.reviews.map((r) => (
        <SafeAuthor key={r.author} review={r} />
      ))}
    </article>
  );
}
