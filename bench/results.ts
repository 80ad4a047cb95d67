// Node half of the benchmark: each measure is written to .bench/results/<name>.json so that
// scripts/bench.mjs can put it in its one table (and judge its budget) after everything has run.
import { mkdir, writeFile } from 'node:fs/promises';

export const RESULTS_DIR = '.bench/results';

export interface BenchResult {
  readonly measure: string;
  /** The figure as printed, with its unit. */
  readonly value: string;
  /** The budget as printed, or '—' for a figure that is only reported. */
  readonly budget: string;
  /** Whether the budget is met; null when there is no budget. */
  readonly ok: boolean | null;
}

export async function writeResult(name: string, result: BenchResult): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(`${RESULTS_DIR}/${name}.json`, JSON.stringify(result, null, 2));
}
