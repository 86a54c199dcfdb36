-- Throttle counters are not worth a WAL flush: every API call consumes two
-- (per address, per caller), and a commit that waits for the disk doubled the
-- API's latency (issue 17, docs/performance.md). An unlogged table writes no
-- WAL, so its commits do not wait; after a crash PostgreSQL empties it, which
-- only forgives the budgets of the current window.
ALTER TABLE "rate_limits" SET UNLOGGED;
