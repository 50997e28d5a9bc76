/** Loads the synthetic COINr study of test/fixtures/coinr through the app's readers. */
import { readFileSync } from 'node:fs';
import { buildIndexTree, type IndexTree } from '../../../src/core/coin/indexTree.ts';
import type { CoinData } from '../../../src/core/coin/coinData.ts';
import { readIData } from '../../../src/data/coinr/iData.ts';
import { iMetaToNodes, readIMeta, type IMetaTable } from '../../../src/data/coinr/iMeta.ts';
import { csvToGrid } from '../../../src/data/readers/grid.ts';

export const FIXTURE = new URL('../../fixtures/coinr/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURE), 'utf8');
}

export function loadStudy(): { data: CoinData; tree: IndexTree; meta: IMetaTable } {
  const gm = csvToGrid(fixtureText('iMeta.csv'), 'iMeta.csv');
  const gd = csvToGrid(fixtureText('iData.csv'), 'iData.csv');
  if (!gm.ok || !gd.ok) throw new Error('fixture unreadable');
  const meta = readIMeta(gm.value).table;
  const data = readIData(gd.value, meta).data;
  const t = buildIndexTree(iMetaToNodes(meta));
  if (!t.ok) throw new Error('fixture tree');
  return { data, tree: t.tree, meta };
}
