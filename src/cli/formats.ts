/** The output formats of every reporting command. */
export const FORMATS = ['table', 'json', 'csv', 'markdown', 'html', 'svg'] as const;
export type Format = (typeof FORMATS)[number];

/** The options every reporting command takes. */
export interface OutputOptions {
  readonly format: Format;
  readonly out?: string;
  readonly bom?: boolean;
}
