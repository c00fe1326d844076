import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageWindow } from './table.tsx';

test('pagination shows the first, last, current and neighbouring pages with gaps between', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(1, 3), [1, 2, 3]);
  assert.deepEqual(pageWindow(5, 10), [1, 'gap', 4, 5, 6, 'gap', 10]);
  assert.deepEqual(pageWindow(10, 10), [1, 'gap', 9, 10]);
  assert.deepEqual(pageWindow(3, 10), [1, 2, 3, 4, 'gap', 10]);
});
