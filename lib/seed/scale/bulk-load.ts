import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { executeRows } from "@/db/execute-rows";

/**
 * Runs a bulk load into `tables` the way PostgreSQL loads fastest (issue 17:
 * a million tasks in under three minutes): their secondary indexes (those
 * that back no constraint) are dropped first and built once afterwards, with
 * more memory for the sort; and when the role may (a superuser, as on a
 * benchmark server), foreign-key and trigger checks are skipped for the load
 * (`session_replication_role = replica`), since every row is generated from
 * rows of the same transaction. The loader must therefore write every column a
 * trigger would have filled (task_departments.due_order). All `local`: the
 * settings end with the transaction, and a failure drops nothing for good.
 */
export async function withBulkLoad<T>(tx: Tx, tables: string[], load: () => Promise<T>): Promise<T> {
  const list = sql.join(
    tables.map((t) => sql`${t}`),
    sql`, `,
  );
  const indexes = await executeRows<{ name: string; def: string }>(
    tx,
    sql`select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
      from pg_index i join pg_class c on c.oid = i.indrelid
      where c.relnamespace = 'public'::regnamespace and c.relname in (${list})
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
  for (const index of indexes) await tx.execute(sql.raw(`drop index ${index.name}`));
  const [role] = await executeRows<{ super: boolean }>(tx, sql`select rolsuper as super from pg_roles where rolname = current_user`);
  if (role?.super) await tx.execute(sql`set local session_replication_role = replica`);
  const result = await load();
  if (role?.super) await tx.execute(sql`set local session_replication_role = origin`);
  await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
  for (const index of indexes) await tx.execute(sql.raw(index.def));
  return result;
}
