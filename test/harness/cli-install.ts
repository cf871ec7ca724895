// `node out/test/harness/cli-install.js`: installs the test VS Code (used by scripts and .ci/run).
import { ensureVSCode } from './install';

ensureVSCode().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[install] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
