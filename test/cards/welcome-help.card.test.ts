import { describe, expect, it } from 'vitest';
import { helpTemplate, helpView, renderHelpCard } from '../../cards/help.card.js';
import { renderWelcomeCard, welcomeTemplate, welcomeView } from '../../cards/welcome.card.js';
import { CARD_ID, NASTY, expectValidCard, submitActions, texts } from './card-checks.js';

describe('welcome card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(welcomeTemplate.expand(welcomeView({ locale, cardId: CARD_ID, teamName: 'Huisartsen De Linde' })));
    expect(texts(card)).toContain(locale === 'nl' ? 'Welkom bij de MTVP-assistent' : 'Welcome to the MTVP assistant');
    expect(submitActions(card).map((a) => a.title)).toEqual(
      locale === 'nl' ? ['Praktijk koppelen', 'Koppel als RHO-kanaal', 'Help'] : ['Link practice', 'Link as RHO channel', 'Help'],
    );
  });

  it('defaults to Dutch and leaves the team line out without a team name', () => {
    const card = renderWelcomeCard({ cardId: CARD_ID });
    expect(texts(card)).not.toContain('Team:');
    expect(texts(card)).toContain('Koppel eerst dit team');
  });

  it('escapes a team name with markdown and ${…}', () => {
    const card = expectValidCard(welcomeTemplate.expand(welcomeView({ cardId: CARD_ID, teamName: NASTY })));
    const text = texts(card);
    expect(text).toContain('\\*De Linde\\*');
    expect(text).toContain('$\\{evil\\}');
    expect(text).not.toContain('${');
  });

  it('rejects data without a valid card id', () => {
    expect(() => renderWelcomeCard({ cardId: 'nope' })).toThrow();
  });
});

describe('help card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(helpTemplate.expand(helpView({ locale, cardId: CARD_ID })));
    const text = texts(card);
    expect(text).toContain(locale === 'nl' ? 'koppel praktijk' : 'link practice');
    expect(text).not.toContain(locale === 'nl' ? 'begreep' : 'understand');
    expect(submitActions(card).length).toBeGreaterThanOrEqual(5);
  });

  it('shows the unknown-input line with the escaped echo', () => {
    const card = expectValidCard(helpTemplate.expand(helpView({ cardId: CARD_ID, unknownInput: true, input: '**hoi** ${x}' })));
    expect(texts(card)).toContain('Dat begreep ik niet: "\\*\\*hoi\\*\\* $\\{x\\}".');
  });

  it('unknown input without an echo says so briefly', () => {
    expect(texts(renderHelpCard({ cardId: CARD_ID, unknownInput: true, locale: 'en' }))).toContain('I did not understand that…');
  });
});
