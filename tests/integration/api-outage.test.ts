import { expect, it } from "vitest";
import { closeDb } from "@/db";
import { resetEnvForTests } from "@/lib/env";
import { tokenFor } from "../support/api-client";
import { call } from "../support/api-routes";
import { seedDemoData } from "../support/fixtures";

// Its own file: it takes this file's database away.
it("answers 503 (problem+json, documented) when the database cannot be reached", async () => {
  await seedDemoData();
  const officer = await tokenFor("sfj_officer");
  expect((await call("getMe", officer)).status).toBe(200);
  await closeDb();
  // A port where nothing listens: every connection is refused.
  process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:1/unreachable";
  resetEnvForTests();
  const down = await call("listTasks", officer);
  expect(down.status).toBe(503);
  expect(down.json.detail).toMatch(/数据库/);
  const write = await call("createTask", officer, { body: { title: "x", leadDepartmentId: crypto.randomUUID(), dueDate: "2099-01-01" } });
  expect(write.status).toBe(503);
});
