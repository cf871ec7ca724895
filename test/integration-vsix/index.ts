// Test entry for the packaged extension: the .vsix is installed into VS Code's extensions folder and no
// development path is given, so what runs is exactly what users install.
import { runMochaIn } from '../integration/index';

export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
