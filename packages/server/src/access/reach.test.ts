import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { staffRoles } from '../db/schema.ts';
import { committeeRoles, implementerRoles } from './policy.ts';
import { reachOf, roleReach } from './reach.ts';

// PSN, Safeguards (34 CFR 300.623): "a current listing of the names and positions of those
// employees within the agency who may have access to personally identifiable information".
void describe('the reach of each staff role (the listing of 34 CFR 300.623)', () => {
  test('every staff role has a described reach: a new role must say what it reaches', () => {
    for (const role of staffRoles)
      assert.ok(roleReach[role], `staff role ${role} has no reach in access/reach.ts`);
    assert.deepEqual(Object.keys(roleReach).sort(), [...staffRoles].sort());
  });

  test('the reach agrees with the policy: implementers and committee roles', () => {
    for (const role of staffRoles) {
      assert.equal(roleReach[role] === 'implemented', implementerRoles.includes(role), role);
      assert.equal(roleReach[role] === 'committee', committeeRoles.includes(role), role);
    }
  });

  const none = { sites: [], committees: [], designeeSites: [] };
  const cases = [
    {
      name: 'a district administrator reaches the district',
      places: { ...none, roles: ['district-admin' as const] },
      want: [{ kind: 'district', role: 'district-admin' }],
    },
    {
      name: 'a CSE chairperson for the whole district reaches its school-age students',
      places: {
        ...none,
        roles: ['chairperson' as const],
        committees: [{ committee: 'cse' as const, site: null }],
      },
      want: [{ kind: 'committee', role: 'chairperson', committee: 'cse', site: null }],
    },
    {
      name: 'a program leader without a site reaches nothing',
      places: { ...none, roles: ['program-leader' as const] },
      want: [],
    },
    {
      name: 'a program leader reaches the sites they lead',
      places: { ...none, roles: ['program-leader' as const], sites: ['School A'] },
      want: [{ kind: 'sites-led', role: 'program-leader', sites: ['School A'] }],
    },
    {
      name: 'a teacher reaches the students whose IEP they implement',
      places: { ...none, roles: ['teacher' as const] },
      want: [{ kind: 'implemented', role: 'teacher' }],
    },
    {
      name: 'an auditor reaches nothing, unless named a designee (PREK, Accessibility and Storage)',
      places: { ...none, roles: ['auditor' as const], designeeSites: ['School B'] },
      want: [{ kind: 'designee', site: 'School B' }],
    },
    {
      name: 'a hearing officer reaches nothing',
      places: { ...none, roles: ['hearing-officer' as const] },
      want: [],
    },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(reachOf(c.places), c.want));
});
