import React from 'react';
import { Link } from 'react-router-dom';

// Partner dashboard: report URLs carry a signed share token in the path.
export function ReportLink({ report }) {
  // expect: open-redirect
  return <a href={report.shareUrl} target="_blank" rel="noopener">Open report</a>;
}

export function PartnerSite({ partner }) {
  // expect: open-redirect
  return <a className="partner" href={partner.homepage} target="_blank">{partner.name}</a>;
}

export function InvoiceLink({ invoice }) {
  // expect: open-redirect
  return React.createElement('a', { href: invoice.portalUrl, target: '_blank', rel: 'external' }, 'View invoice');
}

// Safe look-alikes: both rel values, internal paths.
export function SafeReportLink({ report }) {
  return <a href={report.shareUrl} target="_blank" rel="noopener noreferrer">Open report</a>;
}

export function SettingsLink() {
  return <a href="/settings/partners" target="_blank">Partner settings</a>;
}

export function BackLink() {
  return <Link to="/partners">Back to partners</Link>;
}
