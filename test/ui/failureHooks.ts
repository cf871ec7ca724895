// Root hooks for the UI layer (loaded with mocha --require): when a test fails, every open workbench is
// photographed to artifacts/screenshots/failed-<test>.png so that the failure can be looked at.
import type { Context } from 'mocha';
import { Workbench } from './workbench';

export const mochaHooks = {
  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const name = `failed-${test.fullTitle()}`.replace(/[^\w.-]+/g, '-').slice(0, 120);
    let index = 0;
    for (const workbench of Workbench.live) {
      const file = await workbench.screenshot(index++ ? `${name}-${index}` : name).catch(() => undefined);
      if (file) console.log(`      screenshot of the failure: ${file}`);
    }
  },
};
