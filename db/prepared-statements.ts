import { PostgresJsSession } from "drizzle-orm/postgres-js/session";

const patched = Symbol.for("dudao.preparedStatements");
type TPatchable = { prepareQuery: (...args: unknown[]) => unknown; [patched]?: true };

/**
 * Every statement drizzle sends through postgres.js becomes a named prepared
 * statement (ADR 016). drizzle asks postgres.js for one only when a query was
 * given a name (`.prepare("name")`); otherwise each execution parses and plans
 * its text again and, having parameters, waits for a Describe round trip before
 * its Bind. postgres.js keeps the prepared statements per connection, keyed by
 * text and parameter types, so the second execution of a query on a connection
 * is one round trip with no parse. Transactions use the same session class.
 * The cache lives as long as its connection (`max_lifetime` in db/index.ts).
 * PGlite runs in process and has no such cost: nothing changes there.
 */
export function prepareEveryStatement(): void {
  const proto = PostgresJsSession.prototype as unknown as TPatchable;
  if (proto[patched]) return;
  const original = proto.prepareQuery;
  proto.prepareQuery = function (this: unknown, query: unknown, fields: unknown, name: unknown, ...rest: unknown[]) {
    // Any name but undefined makes drizzle pass `prepare: true`; postgres.js names the statement itself.
    return original.call(this, query, fields, name ?? "", ...rest);
  };
  proto[patched] = true;
}
