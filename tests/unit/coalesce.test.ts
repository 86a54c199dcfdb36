import { describe, expect, it } from "vitest";
import { coalesce } from "@/lib/coalesce";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("coalesce", () => {
  it("gives callers who ask while an answer is being computed that same answer", async () => {
    let runs = 0;
    const pending = deferred<number>();
    const compute = () => {
      runs++;
      return pending.promise;
    };
    const first = coalesce("q", compute);
    const second = coalesce("q", compute);
    pending.resolve(42);
    expect(await Promise.all([first, second])).toEqual([42, 42]);
    expect(runs).toBe(1);
  });

  it("keeps nothing: a question asked afterwards is computed again", async () => {
    let runs = 0;
    const compute = async () => ++runs;
    expect(await coalesce("again", compute)).toBe(1);
    expect(await coalesce("again", compute)).toBe(2);
  });

  it("does not mix different questions", async () => {
    const [a, b] = await Promise.all([coalesce("a", async () => "A"), coalesce("b", async () => "B")]);
    expect([a, b]).toEqual(["A", "B"]);
  });

  it("passes a failure to every waiting caller, then forgets it", async () => {
    const pending = deferred<number>();
    const first = coalesce("fails", () => pending.promise);
    const second = coalesce("fails", () => Promise.resolve(0));
    pending.reject(new Error("database down"));
    await expect(first).rejects.toThrow("database down");
    await expect(second).rejects.toThrow("database down");
    expect(await coalesce("fails", async () => 7)).toBe(7);
  });
});
