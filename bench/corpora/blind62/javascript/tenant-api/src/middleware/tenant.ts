import { Request, Response, NextFunction } from 'express';
import { pool } from '../db/pool';

interface TenantRow {
  id: string;
  slug: string;
  schema_name: string;
  plan: string;
}

const tenantsRepository = {
  async findBySlug(slug: string): Promise<TenantRow | null> {
    const { rows } = await pool.query<TenantRow>('SELECT id, slug, schema_name, plan FROM public.tenants WHERE slug = $1 AND active', [slug]);
    return rows[0] ?? null;
  },
};

const SLUG_RE = /^[a-z0-9-]{3,32}$/;

// The tenant comes from the X-Tenant header (API clients) or the subdomain (browser).
export async function resolveTenant(req: Request, res: Response, next: NextFunction) {
  const fromHeader = req.header('x-tenant');
  const host = req.hostname ?? '';
  const slug = (fromHeader || host.split('.')[0] || '').toLowerCase();

  if (!SLUG_RE.test(slug)) {
    return res.status(400).json({ error: 'unknown_tenant' });
  }

  const tenant = await tenantsRepository.findBySlug(slug);
  if (!tenant || tenant.id !== req.user?.tenantId) {
    return res.status(404).json({ error: 'unknown_tenant' });
  }

  req.tenant = { id: tenant.id, slug: tenant.slug, schema: tenant.schema_name, plan: tenant.plan };
  return next();
}
