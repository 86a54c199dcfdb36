import { describe, expect, it } from "vitest";
import { canonicalJson, computeEventHash, findChainBreak, GENESIS_HASH, type TChainedEvent } from "@/lib/domain/audit-chain";

function buildChain(n: number): TChainedEvent[] {
  const events: TChainedEvent[] = [];
  for (let i = 1; i <= n; i++) {
    const base = {
      position: i,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorId: i % 2 ? `00000000-0000-4000-8000-00000000000${i % 10}` : null,
      action: `test.action_${i}`,
      entityType: "task",
      entityId: `e-${i}`,
      data: { n: i, nested: { list: [i, "二"], flag: true }, text: "整改" },
      ip: i % 3 ? "10.0.0.1" : null,
      prevHash: events[i - 2]?.hash ?? GENESIS_HASH,
    };
    events.push({ ...base, hash: computeEventHash(base) });
  }
  return events;
}

// One tampering per field: any change of any field of any event must be found at that event.
const TAMPERINGS: Record<keyof TChainedEvent, (e: TChainedEvent) => TChainedEvent> = {
  position: (e) => ({ ...e, position: e.position + 1000 }),
  at: (e) => ({ ...e, at: new Date(e.at.getTime() + 1) }),
  actorId: (e) => ({ ...e, actorId: e.actorId ? null : "00000000-0000-4000-8000-000000000999" }),
  action: (e) => ({ ...e, action: `${e.action}x` }),
  entityType: (e) => ({ ...e, entityType: "notice" }),
  entityId: (e) => ({ ...e, entityId: `${e.entityId}0` }),
  data: (e) => ({ ...e, data: { ...(e.data as object), n: -1 } }),
  ip: (e) => ({ ...e, ip: e.ip ? null : "10.0.0.2" }),
  prevHash: (e) => ({ ...e, prevHash: "f".repeat(64) }),
  hash: (e) => ({ ...e, hash: "e".repeat(64) }),
};

describe("audit chain", () => {
  it("verifies an untouched chain, whole and in runs", () => {
    const chain = buildChain(12);
    expect(findChainBreak(chain, null)).toBeNull();
    expect(findChainBreak(chain.slice(5), chain[4]!)).toBeNull();
  });

  for (const [field, tamper] of Object.entries(TAMPERINGS)) {
    it(`detects a changed ${field} in every position`, () => {
      const chain = buildChain(8);
      for (let i = 0; i < chain.length; i++) {
        const altered = chain.map((e, j) => (j === i ? tamper(e) : e));
        const broken = findChainBreak(altered, null);
        expect(broken, `event ${i + 1}`).not.toBeNull();
        expect(broken!.position).toBe(altered[i]!.position);
      }
    });
  }

  it("detects a removed, a reordered and a re-hashed event", () => {
    const chain = buildChain(6);
    expect(findChainBreak([...chain.slice(0, 2), ...chain.slice(3)], null)).toEqual({ position: 4, reason: "sequence" });
    const swapped = [chain[0]!, chain[2]!, chain[1]!, ...chain.slice(3)];
    expect(findChainBreak(swapped, null)?.position).toBe(3);
    // Rewriting an event and recomputing its own hash still breaks the next link.
    const forged = { ...chain[2]!, action: "forged" };
    const rehashed = { ...forged, hash: computeEventHash(forged) };
    expect(findChainBreak([...chain.slice(0, 2), rehashed, ...chain.slice(3)], null)).toEqual({ position: 4, reason: "link" });
  });

  it("hashes an event sealed at position n exactly as the old chain hashed the event with id n (ADR 018)", () => {
    const event = { position: 7, prevHash: "a".repeat(64), at: new Date("2026-11-30T08:00:00.123Z"), actorId: null, action: "task.progress", entityType: "task", entityId: "t-1", data: { percent: 40, note: "整改" }, ip: "10.0.0.1" };
    // Computed with the hash of ADR 002, before positions were given by the sealer: old chains still verify.
    expect(computeEventHash(event)).toBe("3a2e49b20c8d55eb3a1bd1f7553eeb6e5e090f7258c928e4bf745e6aeb80a974");
  });

  it("hashes data independently of key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });
});
