import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { isAppError } from "@/lib/errors";
import { inTransaction } from "@/lib/services/transaction";

// A write that PostgreSQL ends for a deadlock (40P01) or a serialisation failure (40001)
// runs again as a whole; one that keeps losing is refused as UNAVAILABLE ("busy"),
// with nothing of any attempt kept.
const onPostgres = !!process.env.TEST_DATABASE_URL;

async function rows() {
  return executeRows<{ id: number; n: number }>(await getDb(), sql`select id, n from retry_probe order by id`);
}

beforeAll(async () => {
  await (await getDb()).execute(sql`create table if not exists retry_probe (id integer primary key, n integer not null)`);
});
beforeEach(async () => {
  await (await getDb()).execute(sql`delete from retry_probe`);
});
afterAll(async () => {
  await (await getDb()).execute(sql`drop table if exists retry_probe`);
});

describe("a write ended by PostgreSQL for its timing", () => {
  it("runs again and commits once when the database ends it once", async () => {
    let attempts = 0;
    const result = await inTransaction(async (tx) => {
      attempts += 1;
      await tx.execute(sql`insert into retry_probe (id, n) values (1, ${attempts})`);
      // A real error from the database, with the code PostgreSQL gives a deadlock's loser.
      if (attempts === 1) await tx.execute(sql`do $$ begin raise exception 'deadlock' using errcode = 'deadlock_detected'; end $$`);
      return "done";
    });
    expect(result).toBe("done");
    expect(attempts).toBe(2);
    expect(await rows()).toEqual([{ id: 1, n: 2 }]);
  });

  it("is refused as busy after three attempts, keeping nothing", async () => {
    let attempts = 0;
    const failure = await inTransaction(async (tx) => {
      attempts += 1;
      await tx.execute(sql`insert into retry_probe (id, n) values (${attempts}, 0)`);
      await tx.execute(sql`do $$ begin raise exception 'lost' using errcode = 'serialization_failure'; end $$`);
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(attempts).toBe(3);
    expect(isAppError(failure) && failure.code === "UNAVAILABLE" && failure.messageKey === "busy").toBe(true);
    expect(await rows()).toEqual([]);
  });

  it("does not run again for any other error", async () => {
    let attempts = 0;
    const failure = await inTransaction(async (tx) => {
      attempts += 1;
      await tx.execute(sql`insert into retry_probe (id, n) values (1, 0), (1, 0)`);
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    expect(attempts).toBe(1);
    expect(await rows()).toEqual([]);
  });

  // PGlite has one connection: two transactions cannot hold locks at once.
  it.skipIf(!onPostgres)("on PostgreSQL: two writes that lock two rows in opposite orders both commit", async () => {
    await (await getDb()).execute(sql`insert into retry_probe (id, n) values (1, 0), (2, 0)`);
    let attempts = 0;
    let arrived = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    const write = (first: number, second: number) =>
      inTransaction(async (tx) => {
        attempts += 1;
        await tx.execute(sql`update retry_probe set n = n + 1 where id = ${first}`);
        // The first attempts meet here holding one row each; a second attempt passes straight on.
        if (++arrived === 2) release();
        await bothHoldOne;
        await tx.execute(sql`update retry_probe set n = n + 1 where id = ${second}`);
      });
    await Promise.all([write(1, 2), write(2, 1)]);
    expect(attempts).toBe(3);
    expect(await rows()).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });
});
