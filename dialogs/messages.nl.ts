// Every Dutch text dialogs/ write themselves (card labels live in cards/i18n). `{name}` placeholders.
export const nl = {
  noticeTitle: 'MTVP-assistent',
  doneTitle: 'Gelukt',
  refusedTitle: 'Dat kan niet',
  notLinkedTitle: 'Nog geen praktijk gekoppeld',
  submittedTitle: 'Praktijkplan ingediend',
  submitted: 'Vastgelegd: het praktijkplan is op {date} ingediend bij de RHO.',
  submittedFuture: 'Datum: ligt in de toekomst.',
  notLinked: 'Dit team is nog niet gekoppeld aan een praktijk. Typ "koppel praktijk" om dat te doen.',
  notLinkedPersonal: 'In een persoonlijke chat weet ik niet voor welke praktijk je werkt. Gebruik deze opdracht in het kanaal van jullie praktijkteam; daar koppel je de praktijk met "koppel praktijk".',
  linkInChannel: 'Een praktijk koppel je in het kanaal van het praktijkteam: @vermeld mij daar met "koppel praktijk".',
  notAllowed: 'Je bent geen lid van het team van deze praktijk, dus je kunt hier niets voor de praktijk vastleggen.',
  linked: '{name} (AGB {agb}) is gekoppeld aan dit team. Typ "kies interventies" of "status" om verder te gaan.',
  updated: 'De gegevens van {name} zijn bijgewerkt.',
  concurrency: 'Iemand anders paste dit net aan, probeer het opnieuw.',
  agbTaken: 'AGB-code: deze praktijk is al aan een ander team gekoppeld.',
  agbChanged: 'AGB-code: de AGB-code van een gekoppelde praktijk kan niet veranderen.',
  consultantLinked: 'Dit team is nu het RHO-kanaal van {region}.',
  dateFuture: 'Datum: ligt in de toekomst; vul de datum in waarop de intervisie was.',
  dateBeforeStart: 'Datum: ligt vóór de MTVP-start van de praktijk ({start}).',
  gpsTooMany: 'Aanwezige huisartsen: meer dan de {gps} huisartsen van de praktijk.',
  invalidIntro: 'Dat lukte niet:',
  stale: 'Deze kaart hoort bij een afgeronde vraag; er is niets gebeurd. Begin opnieuw met een opdracht, bijvoorbeeld "help".',
  stopped: 'Gestopt, er is niets opgeslagen.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
