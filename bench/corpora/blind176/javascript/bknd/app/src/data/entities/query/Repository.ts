import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Entity } from "../Entity";

export type RepoQuery = {
   limit?: number;
   offset?: number;
   sort?: { by: string; dir: "asc" | "desc" };
   select?: string[];
   where?: Record<string, unknown>;
};

export class Repository<DB = any> {
   constructor(
      private kysely: Kysely<DB>,
      private entity: Entity,
   ) {}

   private columns(requested?: string[]): string[] {
      const known = this.entity.getFields().map((f) => f.name);
      if (!requested?.length) return known;
      return requested.filter((name) => known.includes(name));
   }

   private applyWhere(qb: SelectQueryBuilder<any, any, any>, where: Record<string, unknown> = {}) {
      const known = new Set(this.entity.getFields().map((f) => f.name));
      for (const [field, value] of Object.entries(where)) {
         if (!known.has(field)) throw new Error(`Invalid where field "${field}"`);
         qb = qb.where(field as any, "=", value as any);
      }
      return qb;
   }

   async findMany(options: RepoQuery = {}) {
      const limit = Math.min(Math.max(Number(options.limit) || 10, 1), 1000);
      const offset = Math.max(Number(options.offset) || 0, 0);
      let qb = this.kysely.selectFrom(this.entity.name as any).select(this.columns(options.select) as any);
      qb = this.applyWhere(qb, options.where);
      if (options.sort) {
         const dir = options.sort.dir === "desc" ? "desc" : "asc";
         // expect: sql-injection
         qb = qb.orderBy(sql.raw(`${options.sort.by} ${dir}`));
      }
      return qb.limit(limit).offset(offset).execute();
   }

   async findId(id: number | string) {
      return this.kysely
         .selectFrom(this.entity.name as any)
         .selectAll()
         .where(this.entity.getPrimaryField().name as any, "=", id as any)
         .executeTakeFirst();
   }

   async count(where?: Record<string, unknown>) {
      let qb = this.kysely.selectFrom(this.entity.name as any).select(sql<number>`count(*)`.as("count"));
      qb = this.applyWhere(qb, where);
      const row = await qb.executeTakeFirst();
      return Number((row as any)?.count ?? 0);
   }
}
