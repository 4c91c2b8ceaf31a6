import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// The walls in eslint.config.js must hold: lint fails on a wrong-way import, a
// feature importing another feature, and an import cycle. Each case writes a small file into a
// scratch room under src/ (removed afterwards) and lints it with the project's own config.
const scratch = path.resolve('src/features/explorer/__walls_scratch__');
const eslint = new ESLint();

async function ruleIds(file: string, code: string): Promise<string[]> {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lint walls', () => {
  it('refuses a feature importing another feature', async () => {
    const ids = await ruleIds(
      path.join(scratch, 'reach.ts'),
      "import { Workforce } from '../../workforce/Workforce';\nexport const w = Workforce;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('refuses the data core importing from a later room', async () => {
    const file = path.resolve('src/data/__walls_scratch__.ts');
    try {
      const ids = await ruleIds(
        file,
        "import { useStore } from '../state/store';\nexport const s = useStore;\n",
      );
      expect(ids).toContain('import-x/no-restricted-paths');
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);

  it('refuses an import cycle', async () => {
    writeFileSync(
      path.join(scratch, 'b.ts'),
      "import { a } from './a';\nexport const b = () => a;\n",
    );
    const ids = await ruleIds(
      path.join(scratch, 'a.ts'),
      "import { b } from './b';\nexport const a = 1;\nexport const c = b;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  }, 60_000);

  it('accepts an import that follows the flow', async () => {
    const ids = await ruleIds(
      path.join(scratch, 'ok.ts'),
      "import { formatIsoDay } from '../../../data/formatIsoDay';\nexport const f = formatIsoDay;\n",
    );
    expect(ids).toEqual([]);
  }, 60_000);
});
