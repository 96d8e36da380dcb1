import pkg from '../../package.json' with { type: 'json' };

/** The tool's name and version, written into every JSON output. */
export const TOOL = { name: 'tune-or-rag', version: pkg.version } as const;
