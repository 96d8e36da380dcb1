import { main } from './program.js';

// The CLI's entry point (bin). The program lives in program.ts, so tests can run it in-process.
void main(process.argv);
