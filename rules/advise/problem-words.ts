// The words Dutch practice staff use for the problem an intervention addresses, not the programme's own jargon:
// "de telefoon staat roodgloeiend" rather than "instroommanagement". The advisor indexes them next to the names,
// descriptions and the seeds' reasons. Folding and stemming happen at index time, so spell words naturally.
import type { InterventionId } from '../model.js';

export const PROBLEM_WORDS: Readonly<Record<InterventionId, readonly string[]>> = {
  'awp.regie-veelgebruikers': [
    'veelgebruikers', 'veelgebruik', 'frequent attenders', 'vaak terugkomen', 'steeds terug', 'terugkeren',
    'komt steeds terug', 'kleine groep', 'veel consulten', 'frequent', 'herhaalconsulten', 'SOLK', 'psychosociaal',
    'vastlopen', 'niet verder komen', 'draaideurpatiënten', 'specialist naar specialist', 'plan van aanpak',
  ],
  'awp.triage-training': [
    'telefoon', 'telefonisch', 'bellen', 'telefoontjes', 'roodgloeiend', 'balie', 'assistente', 'assistentes',
    'doktersassistent', 'wachttijd', 'bereikbaarheid', 'bereikbaar', 'zelfzorgadvies', 'zelfzorg', 'urgentie',
    'triage', 'triëren', 'trieren', 'triagist', 'TOH', 'instroom', 'discussie aan de telefoon', 'juiste zorgverlener',
    'aankunnen', 'NHG-Triagewijzer', 'ABCDE', 'spoed',
  ],
  'awp.lean': [
    'administratie', 'administratief', 'papierwerk', 'rompslomp', 'processen', 'procesverbetering', 'verspilling',
    'efficiënt', 'efficiënter', 'werkprocessen', 'verdrinken', 'regeldruk', 'bureaucratie', 'formulieren',
    'dubbel werk', 'opruimen', 'lean', 'knelpunten', 'werkafspraken', 'chaos', 'zoeken naar spullen',
  ],
  'awp.taakherschikking': [
    'wondjes', 'wondzorg', 'wonden', 'klein letsel', 'SOH', 'PA', 'physician assistant', 'verpleegkundig specialist',
    'kleine kwalen', 'hechten', 'delegeren', 'taken overdragen', 'overnemen', 'regiearts', 'backoffice arts',
    'kleine verrichtingen', 'enkel verzwikt', 'brandwonden', 'keelpijn', 'insectenbeten', 'laag-complex',
    'spreekuurondersteuner', 'takenpakket', 'CVRM',
  ],
  'awp.flexibele-consultduur': [
    'agenda', 'spreekuur', 'inroosteren', 'rooster', 'tijd tekort', '10 minuten', 'tien minuten', 'uitlopen',
    'uitloop', 'loopt uit', 'loopt achter', 'consultduur', 'consulttijd', 'langer consult', 'dubbel consult', '15 minuten', 'fast track',
    'kort consult', 'inloopspreekuur', 'afspraken plannen', 'achterlopen', 'gejaagd', 'tijdsdruk',
  ],
  'awp.beeldbellen': [
    'beeldbellen', 'videobellen', 'video', 'e-consult', 'chat', 'chatten', 'mail', 'e-mail', 'mailen', 'op afstand',
    'digitaal contact', 'uitslagen bespreken', 'beeldbelgesprek', 'online contact', 'teams', 'webcam',
  ],
  'awp.ehealth': [
    'thuismeten', 'thuis meten', 'bloeddruk thuis', 'zelfmetingen', 'zelfmeting', 'portaal', 'patiëntenportaal',
    'app', 'online spreekuur', 'e-health', 'ehealth', 'digitale zorg', 'eigen regie', 'thuismonitoring',
    'telemonitoring', 'vragenlijst', 'therapieland', 'MijnGezondheid.net',
  ],
  'awp.time-out-verwijzingen': [
    'twijfel verwijzen', 'verwijzingen', 'verwijzen', 'twijfel', 'specialist', 'meedenkconsult', 'teleconsult',
    'Prisma', 'overleggen met specialist', 'ziekenhuis', 'tweede lijn', 'time-out', 'onnodig verwijzen',
  ],
  'awp.3-gesprekken': [
    'driegesprek', 'samen beslissen', 'wijkverpleegkundige', 'afstemming', 'veel hulpverleners', 'multimorbiditeit',
    'ouderen', 'vergrijzing', 'gezamenlijk gesprek', 'dubbel werk',
  ],
  'awp.m365': [
    'Microsoft 365', 'M365', 'Office', 'ICT', 'computers', 'verouderd', 'thuiswerken', 'documenten delen',
    'Teams', 'SharePoint', 'administratie', 'rompslomp', 'onveilig', 'IT', 'automatisering', 'digitale werkplek',
  ],
  'awp.digitaliseringscoach': [
    'digitaliseringscoach', 'digicoach', 'portaal', 'patiëntenportaal', 'online afspraken', 'e-consult',
    'beeldbellen', 'zelfmetingen', 'no-shows', 'online zorg', 'digitaal werken', 'implementatiecoach', 'thuismeten',
    'uitslagen online', 'digitale vaardigheden', 'laaggeletterd',
  ],
  'awp.aanmeldzuil': [
    'drukte balie', 'balie', 'druk aan de balie', 'wachtkamer', 'aanmelden', 'aanmeldzuil', 'zuil', 'kiosk',
    'rij', 'wachtrij', 'inchecken', 'bewegwijzering', 'baliemedewerker', 'taalbarrière',
  ],
  'awp.digitale-tools': [
    'AI', 'kunstmatige intelligentie', 'spraakherkenning', 'digitale vaardigheden', 'digitale tools', 'ChatGPT',
    'dicteren', 'verslaglegging', 'hybride zorg', 'apps', 'scholing digitaal', 'software', 'automatiseren',
  ],
  'gg.positieve-gezondheid': [
    'gesprek', 'goede gesprek', 'leefstijl', 'zingeving', 'regie patiënt', 'spinnenweb', 'positieve gezondheid',
    'wat wil de patiënt', 'wat vindt de patiënt belangrijk', 'meedoen', 'kwaliteit van leven', 'dimensies',
    'leefstijlroer', 'gespreksvoering', 'zelf oplossen', 'eigen kracht',
  ],
  'gg.positieve-gezondheid-verrijking': [
    'verdieping', 'verrijking', 'positieve gezondheid', 'zingeving', 'korte consulten', 'motivatie', 'gesprek',
    'vervolgtraining', 'al getraind',
  ],
  'gg.oplossingsgericht': [
    'oplossingsgericht', 'weerstand', 'gespreksvaardigheden', 'wat wil je bereiken', 'doelen', 'coachen',
    'gesprek', 'motivatie', 'vervolgtraining', 'diagnose-recept',
  ],
  'gg.solk-alk': [
    'onverklaarde klachten', 'lichamelijke klachten zonder oorzaak', 'onverklaarbaar', 'SOLK', 'ALK',
    'aanhoudende klachten', 'vage klachten', 'somatiseren', 'geen oorzaak', 'psychosomatisch', 'moeheid',
    'chronische pijn', 'uitleggen', 'blijven klagen',
  ],
  'gg.praktijk-patient-regie': [
    'werkplezier', 'energie', 'teamvisie', 'taakverdeling', 'werkafspraken', 'patiëntervaringen', 'team',
    'loopt niet lekker', 'energievreters', 'onvrede', 'samenwerking in het team', 'regie',
  ],
  'gg.consultvoorbereidende-vragenlijsten': [
    'vragenlijst', 'vragenlijsten', 'voorbereiden', 'voorbereiding consult', 'vooraf invullen', 'hulpvraag',
    'anamnese', 'voorbereid', 'consultvoorbereiding',
  ],
  'gg.intervisie-verwijsgedrag': [
    'verwijscijfers', 'verwijzingen', 'verwijzen', 'verwijsgedrag', 'ziekenhuis', 'specialist', 'tweede lijn',
    'spiegelinformatie', 'collega', 'verschillen tussen huisartsen',
  ],
  'gg.intervisie-diagnostiek': [
    'lab aanvragen', 'labonderzoek', 'bloedonderzoek', 'onnodige diagnostiek', 'diagnostiek', 'aanvragen',
    'vragen aan', 'onnodig', 'niet nodig', 'labaanvragen', 'bloedprikken', 'foto laten maken',
    'röntgen', 'echo', 'protocol', 'kosten', 'lab',
  ],
  'sn.welzijn-op-recept': [
    'eenzaamheid', 'eenzaam', 'schulden', 'geldzorgen', 'armoede', 'huisvesting', 'werkloos', 'werkloosheid',
    'psychosociaal', 'welzijn', 'sociale problemen', 'welzijnscoach', 'sociaal werker', 'sociaal domein',
    'vrijwilligerswerk', 'relatieproblemen', 'zingeving', 'sociale contacten', 'niet-medisch', 'dagbesteding',
  ],
  'sn.wijkteam': [
    'wijkverpleging', 'buurtteam', 'wijkteam', 'sociaal team', 'gemeente', 'thuiszorg', 'netwerk', 'wijk',
    'wijkmanager', 'samenwerken', 'samenwerking', 'ketenpartners', 'palliatieve zorg', 'kwetsbare ouderen',
    'korte lijnen', 'elkaar kennen', 'POH-Jeugd', 'VIP',
  ],
  'sn.meekijkconsult': [
    'specialist meekijken', 'meekijken', 'advies vragen', 'kaderhuisarts', 'kaderapotheker', 'verwijzen voorkomen',
    'meekijkconsult', 'intercollegiaal', 'expert', 'tweede mening', 'foto opsturen', 'dermatoloog', 'teledermatologie',
  ],
  'sn.mdo': [
    'complexe patiënten', 'multidisciplinair overleg', 'MDO', 'GGZ', 'casuïstiek', 'casusbespreking',
    'casuïstiektafel', 'multiproblematiek', 'bespreken', 'overleg', 'tweede lijn', 'wijkverpleging',
  ],
  'sn.burgerinitiatieven': [
    'burgerinitiatieven', 'vrijwilligers', 'buurthuis', 'inloop', 'lotgenoten', 'wandelgroep', 'initiatieven',
    'buurt', 'mantelzorg',
  ],
  'upc.uitbreiding': [
    'personeel tekort', 'personeelstekort', 'vacatures', 'extra handen', 'werkdruk', 'te weinig mensen',
    'onderbezetting', 'uitbreiden', 'extra personeel', 'waarnemer', 'HIDHA', 'extra uren', 'capaciteit',
  ],
  'upc.soh-opleiding': [
    'SOH', 'opleiden', 'opleiding', 'assistente doorgroeien', 'spreekuurondersteuner', 'wondjes', 'kleine kwalen',
    'klein letsel', 'taakherschikking',
  ],
  'upc.poh-ouderen': [
    'ouderen', 'ouderenzorg', 'kwetsbare ouderen', 'POH-O', 'complexe zorg thuis', 'dementie', 'thuiswonend',
    'vergrijzing', 'multimorbiditeit',
  ],
  'upc.bbl-doktersassistent': [
    'doktersassistenten', 'vacatures', 'geen assistenten', 'zij-instromer', 'BBL', 'opleiden', 'tekort assistenten',
    'bezetting', 'verzuim', 'personeel vinden',
  ],
  'upc.praktijkmanagement': [
    'praktijkmanager', 'management', 'bedrijfsvoering', 'personeelsbeleid', 'financiën', 'organisatie',
    'leidinggeven', 'managementtaken', 'kwaliteitsbeleid',
  ],
};
