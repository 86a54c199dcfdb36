// Property tests (fast-check) draw new inputs on every run. A failure names its seed in
// its first line — the only line `npm test` repeats at the end of CI's output — so that
// FUZZ_SEED=<seed> replays the same inputs.
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

export function replayable(run: Promise<void>): Promise<void> {
  return run.catch((error: unknown) => {
    throw new Error(`fuzz seed ${FUZZ_SEED} (replay: FUZZ_SEED=${FUZZ_SEED}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
}
