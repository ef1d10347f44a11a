// Entry of an extraction worker thread: workers do not inherit tsx's loader from the CLI, so
// this plain-JS entry registers it, then loads the TypeScript worker.
require('tsx/cjs');
require('./page-worker.ts');
