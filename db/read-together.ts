import { type DbOrTx, getDbHandle } from "./index";

/**
 * Runs a page's reads on one PostgreSQL connection, inside one transaction: the
 * reads a page sends side by side go out in one write and come back in one
 * answer (postgres.js pipelines the statements of a reserved connection), instead
 * of one socket write, one pool slot and one backend wake-up each. (READ COMMITTED:
 * each statement still takes its own snapshot, as before.) PGlite has one
 * connection anyway: the reads run as they are.
 */
export async function readTogether<T>(read: (db: DbOrTx) => Promise<T>): Promise<T> {
  const handle = await getDbHandle();
  if (handle.kind !== "postgres") return read(handle.db);
  return handle.db.transaction((tx) => read(tx));
}
