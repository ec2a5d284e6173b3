import React, { useEffect, useMemo, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { useSearchParams, useNavigate } from 'react-router-dom';

type Row = { id: string; name: string; noteHtml: string; summary: string; link: string };

const ICON = '<svg viewBox="0 0 16 16"><path d="M8 0l8 16H0z"/></svg>';

export function ReportTable({ rows, footerHtml }: { rows: Row[]; footerHtml: string }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [sortKey, setSortKey] = useState<keyof Row>('name');
  const sorted = useMemo(() => [...rows].sort((a, b) => String(a[sortKey]).localeCompare(String(b[sortKey]))), [rows, sortKey]);

  useEffect(() => {
    const next = params.get('next');
    if (next && next.startsWith('/') && !next.startsWith('//')) {
      navigate(next);
    }
  }, [params, navigate]);

  useEffect(() => {
    const back = params.get('back');
    if (back) {
      // expect: open-redirect
      window.location.href = back;
    }
  }, [params]);

  function showTooltip(row: Row) {
    if (tooltipRef.current) {
      // expect: xss
      tooltipRef.current.innerHTML = `<strong>${row.name}</strong><br>${row.summary}`;
    }
  }

  function hideTooltip() {
    if (tooltipRef.current) tooltipRef.current.textContent = '';
  }

  return (
    <table className="report">
      <thead>
        <tr>
          <th onClick={() => setSortKey('name')}>Name <span dangerouslySetInnerHTML={{ __html: ICON }} /></th>
          <th>Note</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.id} onMouseEnter={() => showTooltip(row)} onMouseLeave={hideTooltip}>
            <td><a href={row.link.startsWith('https://') ? row.link : '#'}>{row.name}</a></td>
            <td dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(row.noteHtml) }} />
          </tr>
        ))}
      </tbody>
      <FooterRow html={footerHtml} />
      <div ref={tooltipRef} className="tooltip" />
    </table>
  );
}

function FooterRow({ html }: { html: string }) {
  // expect: xss
  return <tfoot dangerouslySetInnerHTML={{ __html: html }} />;
}

export function ExportLink({ reportId }: { reportId: string }) {
  const nonce = useMemo(() => crypto.getRandomValues(new Uint32Array(1))[0].toString(16), []);
  return <a href={`/api/reports/${encodeURIComponent(reportId)}/export?n=${nonce}`}>Export</a>;
}
