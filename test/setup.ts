// The CLI loads its YAML parser on demand (src/cli/yamlModule.ts); tests that call the scenario
// loader directly get it loaded up front, as the CLI does before reading a file.
import { loadYaml } from '../src/cli/yamlModule.js';

await loadYaml();
