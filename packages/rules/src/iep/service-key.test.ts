import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceKey } from './service-key.ts';

// PREK, Accessibility and Storage: staff implement the IEP "either in whole or in part"; the
// part is named by the service's key, which an amendment keeps when it keeps the service.
const cases: {
  name: string;
  a: Parameters<typeof serviceKey>[0];
  b: Parameters<typeof serviceKey>[0];
  same: boolean;
}[] = [
  {
    name: 'the same service written with other capitals and spaces is the same part',
    a: { program: 'related-service', service: 'Speech-language therapy' },
    b: { program: 'related-service', service: ' speech-language therapy ' },
    same: true,
  },
  {
    name: 'the same name under another program is another part',
    a: { program: 'related-service', service: 'Counseling' },
    b: { program: 'preschool-related-services', service: 'Counseling' },
    same: false,
  },
  {
    name: 'two services of one program are two parts',
    a: { program: 'related-service', service: 'Occupational therapy' },
    b: { program: 'related-service', service: 'Physical therapy' },
    same: false,
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.equal(serviceKey(c.a) === serviceKey(c.b), c.same);
  });
}
