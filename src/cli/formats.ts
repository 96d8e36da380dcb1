/** The output formats of every reporting command. */
export const FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
/** `compare`, `explain` and `horizon` also write FOCUS 1.2 (CSV): one row per line item per month. */
export const FOCUS_FORMATS = [...FORMATS, 'focus'] as const;
export type Format = (typeof FOCUS_FORMATS)[number];

/** The options every reporting command takes. */
export interface OutputOptions {
  readonly format: Format;
  readonly out?: string;
  readonly bom?: boolean;
  /** `--precision N|full`: decimals of money in CSV (default 2). */
  readonly precision?: string;
}
