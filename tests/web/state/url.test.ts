// The URL form of the view state: defaults stay out of the link, every shareable field
// round-trips, and values the viewer does not know are dropped.
import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  defaultPath,
  defaultSort,
  fromHash,
  toHash,
  type UrlState,
} from '../../../web/src/state/index.ts';

const base = (): UrlState => ({
  view: null,
  selected: null,
  filters: defaultFilters(),
  path: defaultPath(),
  camera: null,
  minStatements: null,
  sort: defaultSort(),
  tableText: '',
});

describe('toHash / fromHash', () => {
  it('writes nothing for the default view', () => {
    expect(toHash(base())).toBe('');
    expect(fromHash('')).toEqual(base());
  });

  const cases: [string, UrlState, string][] = [
    ['a selection', { ...base(), selected: 'actor:lavrov' }, '#sel=actor%3Alavrov'],
    [
      'a stance filter',
      { ...base(), filters: { ...defaultFilters(), stances: ['denies', 'rejects'] } },
      '#stance=denies%2Crejects',
    ],
    ['no stance at all', { ...base(), filters: { ...defaultFilters(), stances: [] } }, '#stance='],
    [
      'actor kinds',
      { ...base(), filters: { ...defaultFilters(), actorKinds: ['person', 'state'] } },
      '#kind=person%2Cstate',
    ],
    [
      'documents and contested',
      { ...base(), filters: { ...defaultFilters(), docs: ['a', 'b'], contestedOnly: true } },
      '#doc=a%2Cb&contested=1',
    ],
    [
      'a path request',
      { ...base(), path: { from: 'actor:kerry', to: 'actor:rebels', via: ['about', 'memberOf'] } },
      '#from=actor%3Akerry&to=actor%3Arebels&via=about%2CmemberOf',
    ],
    ['the claim view', { ...base(), view: 'claims' }, '#view=claims'],
    ['a minimum of statements per actor-network edge', { ...base(), minStatements: 3 }, '#min=3'],
    [
      'an actor-network edge selected',
      { ...base(), selected: 'link:accuses:actor:lavrov→actor:us' },
      '#sel=link%3Aaccuses%3Aactor%3Alavrov%E2%86%92actor%3Aus',
    ],
    [
      'a date range',
      { ...base(), filters: { ...defaultFilters(), from: '2016-12-01', to: '2016-12-31' } },
      '#since=2016-12-01&until=2016-12-31',
    ],
    [
      'the table sorted by speaker, descending',
      { ...base(), sort: { column: 'speaker', descending: true } },
      '#sort=-speaker',
    ],
    ['the table filtered by text', { ...base(), tableText: 'ceasefire & "talks"' }, '#q=ceasefire+%26+%22talks%22'],
    ['the camera, rounded', { ...base(), camera: { x: 0.123456, y: 0.5, ratio: 2 } }, '#cam=0.1235%2C0.5%2C2'],
  ];
  it.each(cases)('round-trips %s', (_name, view, hash) => {
    expect(toHash(view)).toBe(hash);
    const back = fromHash(hash);
    expect(back).toEqual(view.camera ? { ...view, camera: { ...view.camera, x: 0.1235 } } : view);
  });

  it('drops unknown stances, kinds and edge kinds, and a malformed camera', () => {
    const view = fromHash('#stance=denies,lies&kind=person,alien&via=about,teleport&cam=1,2');
    expect(view.filters.stances).toEqual(['denies']);
    expect(view.filters.actorKinds).toEqual(['person']);
    expect(view.path.via).toEqual(['about']);
    expect(view.camera).toBeNull();
  });

  it('drops an unknown view, a malformed day and an unknown sort column', () => {
    const view = fromHash('#view=timeline&since=2016-1-1&until=yesterday&sort=-colour');
    expect([view.view, view.filters.from, view.filters.to, view.sort]).toEqual([null, null, null, defaultSort()]);
  });

  it.each([['#cam=1,2,0'], ['#cam=1,2,-1'], ['#cam=a,b,c'], ['#cam=1,2,3,4']])('refuses the camera in %s', (hash) => {
    expect(fromHash(hash).camera).toBeNull();
  });
});
