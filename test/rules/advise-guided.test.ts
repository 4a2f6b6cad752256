// The guided questions of "welke interventie past?" are ids the advisor maps to its own words (rules/advise/guided.ts):
// the card may reword its buttons without changing a ranking, and the ranking is what the Dutch labels gave before.
import { describe, expect, it } from 'vitest';
import { advise, guidedQuestion, PRESSURE_POINTS, TEAM_SIZES, type PressurePoint, type TeamSize } from '../../rules/advise.js';
import { REGIONS, type Region } from '../../rules/model.js';

/** The Dutch button labels the advisor's question was built from until issue 8: the reference ranking. */
const OLD_PRESSURE_LABELS: Record<PressurePoint, string> = {
  'telefoon-balie': 'Telefoon en balie',
  administratie: 'Administratie',
  veelgebruikers: 'Veelgebruikers en complexe patiënten',
  sociaal: 'Sociale problemen (eenzaamheid, schulden)',
  'verwijzingen-diagnostiek': 'Verwijzingen en diagnostiek',
  'digitale-zorg': 'Digitale zorg',
};
const OLD_TEAM_LABELS: Record<TeamSize, string> = { klein: '1 huisarts', middel: '2 tot 3 huisartsen', groot: '4 of meer huisartsen' };

const ids = (question: string, region: Region, year: number) => advise(question, { region, year }).map((s) => [s.id, s.score]);

describe('guided advice by id', () => {
  const cases = REGIONS.flatMap((region) => [1, 2].flatMap((year) => PRESSURE_POINTS.map((p) => [region, year, p] as const)));

  it.each(cases)('%s year %i, pressure %s: the same ranking as the Dutch labels gave, for every team size', (region, year, pressure) => {
    for (const teamSize of TEAM_SIZES) {
      const before = [OLD_PRESSURE_LABELS[pressure], OLD_TEAM_LABELS[teamSize], ''].join(' ');
      expect(ids(guidedQuestion({ pressure: [pressure], teamSize }), region, year)).toEqual(ids(before, region, year));
    }
  });

  it("combines several pressure points and the user's own words as before", () => {
    const pressure = ['telefoon-balie', 'sociaal'] as const;
    const before = [...pressure.map((p) => OLD_PRESSURE_LABELS[p]), OLD_TEAM_LABELS.groot, 'wondjes'].join(' ');
    expect(ids(guidedQuestion({ pressure, teamSize: 'groot', question: ' wondjes ' }), 'hoog', 1)).toEqual(ids(before, 'hoog', 1));
  });

  it.each<[PressurePoint, string[]]>([
    ['telefoon-balie', ['awp.triage-training']],
    ['administratie', ['awp.lean']],
    ['veelgebruikers', ['awp.regie-veelgebruikers']],
    ['sociaal', ['sn.welzijn-op-recept']],
    ['verwijzingen-diagnostiek', ['awp.time-out-verwijzingen', 'gg.intervisie-verwijsgedrag', 'gg.intervisie-diagnostiek']],
    ['digitale-zorg', ['awp.ehealth', 'awp.beeldbellen']],
  ])('hoog year 2, %s → %j in the top 3', (pressure, expected) => {
    const top3 = advise(guidedQuestion({ pressure: [pressure], teamSize: 'middel' }), { region: 'hoog', year: 2 })
      .slice(0, 3)
      .map((s) => s.id);
    expect(top3.filter((id) => expected.includes(id))).not.toEqual([]);
  });
});
