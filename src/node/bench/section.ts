// One section of `npm run bench`: the lines it prints, and its figures for `--json FILE` (one object per section).
export interface BenchResult {
  lines: string[];
  /** the section's figures under its key in the JSON file; none: the section is printed only */
  json?: unknown;
}

export interface BenchSection {
  title: string;
  /** the key of the section's object in the JSON file */
  key?: string;
  run: () => Promise<BenchResult>;
}
