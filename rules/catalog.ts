// The intervention catalogue: every canonical id of RULES.md §3 with its element, description and problem words.
// Regions decide which ids they offer (rules/sets); this file only says what each id is. Names, like every name the
// users read, are in the message catalog (rules/i18n, "intervention.<id>").
import { PROBLEM_WORDS } from './advise/problem-words.js';
import { elementOf, type Element, type InterventionId, INTERVENTION_IDS } from './model.js';

export { interventionName } from './i18n/index.js';

export interface CatalogEntry {
  id: InterventionId;
  element: Element;
  /** What the practice does, in our own words (one or two sentences). */
  description: string;
  descriptionEn: string;
  /** The words practice staff use for the problem this addresses; the advisor searches them (rules/advise.ts). */
  problemWords: readonly string[];
}

/** [nl, en]; written for this product from the seeds' descriptions (000 §2–5, 001 Bijlage B, 003 §6.2, 004 §B). */
const descriptions: Record<InterventionId, [string, string]> = {
  'awp.regie-veelgebruikers': [
    'De praktijk brengt de kleine groep patiënten in beeld die veel vaker komt dan hun gezondheid vraagt, en zoekt per patiënt een andere aanpak.',
    'The practice identifies the small group of patients who consult far more often than their health needs, and plans a different approach for each.',
  ],
  'awp.triage-training': [
    'Doktersassistenten volgen een triagetraining zodat zij aan de telefoon beter inschatten wat een patiënt nodig heeft, vaker zelfzorgadvies geven en de agenda slimmer vullen.',
    'Doctor’s assistants take a triage course so that on the phone they better judge what a patient needs, give self-care advice more often and fill the schedule smarter.',
  ],
  'awp.lean': [
    'Het team leert Lean werken: processen en administratie doorlichten, verspilling schrappen en vaste afspraken maken over wie wat doet.',
    'The team learns Lean working: reviewing processes and paperwork, cutting waste and agreeing who does what.',
  ],
  'awp.taakherschikking': [
    'Taken verschuiven naar wie ze het best kan doen: een assistent wordt SOH en behandelt klein letsel en kleine kwalen, of de praktijk zet een PA, VS of regiearts in.',
    'Tasks move to whoever can best do them: an assistant becomes a SOH treating minor injuries and ailments, or the practice employs a PA, nurse practitioner or triage doctor.',
  ],
  'awp.flexibele-consultduur': [
    'De praktijk deelt het spreekuur anders in: kort waar het kan, lang waar het nodig is, met afspraken in het team over wat op welk spreekuur komt.',
    'The practice reorganises its clinics: short where possible, long where needed, with team agreements on what goes into which slot.',
  ],
  'awp.beeldbellen': [
    'Patiënten kunnen de praktijk via beeldbellen, e-mail of chat spreken, bijvoorbeeld voor uitslagen, voorlichting of stabiele controles.',
    'Patients can reach the practice by video call, e-mail or chat, for example for results, information or stable check-ups.',
  ],
  'awp.ehealth': [
    'De praktijk zet e-Health in, zoals thuis bloeddruk meten via het patiëntenportaal of een online spreekuurtool, zodat patiënten op afstand en met meer eigen regie geholpen worden.',
    'The practice uses e-Health such as home blood-pressure readings through the patient portal or an online consultation tool, so patients are helped remotely and take more control.',
  ],
  'awp.time-out-verwijzingen': [
    'Bij twijfel over een verwijzing neemt de huisarts een time-out en vraagt eerst digitaal advies aan de specialist voordat hij verwijst.',
    'When unsure about a referral the GP takes a time-out and first asks a specialist for digital advice.',
  ],
  'awp.3-gesprekken': [
    'Patiënt, huisarts en een andere betrokken hulpverlener, zoals de wijkverpleegkundige, bespreken samen de zorg en beslissen samen.',
    'Patient, GP and another carer involved, such as the district nurse, discuss the care together and decide together.',
  ],
  'awp.m365': [
    'De praktijk stapt over op de regionale Microsoft 365-omgeving, zodat documenten, samenwerken en thuiswerken veilig en met minder administratieve rompslomp gaan.',
    'The practice moves to the regional Microsoft 365 environment so documents, collaboration and remote work are safe and less of an administrative burden.',
  ],
  'awp.digitaliseringscoach': [
    'Een digitaliseringscoach helpt de praktijk online zorg in de werkprocessen te verankeren: portaal, e-consult, beeldbellen en zelfmetingen.',
    'A digitalisation coach helps the practice embed online care in its workflows: portal, e-consultation, video calls and self-measurements.',
  ],
  'awp.aanmeldzuil': [
    'Patiënten melden zich bij een aanmeldzuil in plaats van aan de balie, wat de drukte aan de balie en in de wachtkamer vermindert.',
    'Patients check in at a kiosk instead of the front desk, which eases the crowd at the desk and in the waiting room.',
  ],
  'awp.digitale-tools': [
    'Het team leert digitale hulpmiddelen zoals AI en spraakherkenning veilig en zelfstandig te gebruiken in het dagelijkse werk.',
    'The team learns to use digital tools such as AI and speech recognition safely and independently in daily work.',
  ],
  'gg.positieve-gezondheid': [
    'Huisarts en POH leren gesprekken voeren vanuit Positieve Gezondheid: alle dimensies van gezondheid bespreken en aansluiten bij wat de patiënt zelf wil bereiken.',
    'GP and practice nurse learn to hold Positive Health conversations: discussing every dimension of health and building on what the patient wants to achieve.',
  ],
  'gg.positieve-gezondheid-verrijking': [
    'Een vervolgworkshop na de basistraining Positieve Gezondheid: het gedachtegoed ook in korte consulten toepassen, met aandacht voor zingeving en motivatie.',
    'A follow-up workshop after the Positive Health basic training: applying the approach in short consultations too, with attention to meaning and motivation.',
  ],
  'gg.oplossingsgericht': [
    'Een vervolgtraining oplossingsgericht werken: gesprekken richten op wat de patiënt wil bereiken en leren omgaan met weerstand.',
    'A follow-up course in solution-focused working: steering conversations towards what the patient wants to achieve and handling resistance.',
  ],
  'gg.solk-alk': [
    'Een training voor het begeleiden van patiënten met aanhoudende lichamelijke klachten zonder duidelijke medische oorzaak (SOLK/ALK).',
    'A training in guiding patients with persistent physical symptoms without a clear medical cause (SOLK/ALK).',
  ],
  'gg.praktijk-patient-regie': [
    'Op basis van patiëntervaringen zoekt het hele team wat energie kost en niet lekker loopt, en maakt het afspraken over visie, taakverdeling en werkwijze.',
    'Starting from patient feedback the whole team finds what drains energy and does not work, and agrees on vision, roles and ways of working.',
  ],
  'gg.consultvoorbereidende-vragenlijsten': [
    'Patiënten vullen voor het consult een vragenlijst in, zodat hulpvraag en anamnese al helder zijn als het gesprek begint.',
    'Patients fill in a questionnaire before the consultation, so the request for help and the history are clear when it starts.',
  ],
  'gg.intervisie-verwijsgedrag': [
    'Huisartsen bespreken in intervisie hun verwijzingen en verwijscijfers en leren van de verschillen tussen collega’s.',
    'GPs review their referrals and referral figures in peer groups and learn from the differences between colleagues.',
  ],
  'gg.intervisie-diagnostiek': [
    'Huisartsen bespreken in intervisie hoe zij lab en andere diagnostiek aanvragen, om onnodige aanvragen te verminderen.',
    'GPs review in peer groups how they order lab tests and other diagnostics, to cut unnecessary requests.',
  ],
  'sn.welzijn-op-recept': [
    'Huisarts en POH verwijzen patiënten met psychosociale problemen zoals eenzaamheid, schulden of huisvesting naar een welzijnscoach in het sociaal domein.',
    'GP and practice nurse refer patients with psychosocial problems such as loneliness, debt or housing to a welfare coach in the social domain.',
  ],
  'sn.wijkteam': [
    'De praktijk maakt vaste afspraken met het wijkteam, buurtteam, de wijkverpleging en andere netwerkpartners over overleg en verwijzen.',
    'The practice makes standing agreements with the neighbourhood or social team, district nursing and other network partners on consultation and referral.',
  ],
  'sn.meekijkconsult': [
    'De huisarts vraagt laagdrempelig advies aan een specialist of kaderhuisarts die meekijkt, zodat een verwijzing vaak niet nodig is.',
    'The GP asks a specialist or GP with special interest for quick advice, so a referral is often unnecessary.',
  ],
  'sn.mdo': [
    'Complexe patiënten worden besproken in een multidisciplinair overleg of casuïstiektafel met sociaal domein, tweede lijn, GGZ en wijkverpleging.',
    'Complex patients are discussed in a multidisciplinary case meeting with the social domain, hospital care, mental health care and district nursing.',
  ],
  'sn.burgerinitiatieven': [
    'De praktijk sluit aan bij initiatieven van bewoners in de buurt, zoals lotgenotengroepen of buurtactiviteiten, en verwijst daarnaar.',
    'The practice links up with residents’ initiatives in the neighbourhood, such as peer groups or local activities, and refers patients to them.',
  ],
  'upc.uitbreiding': [
    'De praktijk zet meer mensen of uren in, zoals een extra huisarts, waarnemer, assistent, POH of praktijkmanager, om meer tijd in de spreekkamer te maken.',
    'The practice adds people or hours, such as an extra GP, locum, assistant, practice nurse or manager, to make more time in the consulting room.',
  ],
  'upc.soh-opleiding': [
    'Een doktersassistent volgt de SOH-opleiding en krijgt een eigen spreekuur voor klein letsel en kleine kwalen.',
    'A doctor’s assistant trains as a SOH and runs a clinic for minor injuries and ailments.',
  ],
  'upc.poh-ouderen': [
    'Een praktijkondersteuner volgt de opleiding ouderenzorg om complexe zorg aan kwetsbare ouderen thuis te organiseren.',
    'A practice nurse trains in elderly care to organise complex care for frail older people at home.',
  ],
  'upc.bbl-doktersassistent': [
    'De praktijk leidt een zij-instromer via een leerwerktraject (BBL) op tot doktersassistent, tegen het tekort aan assistenten.',
    'The practice trains a career changer as a doctor’s assistant through a work-study route (BBL), against the shortage of assistants.',
  ],
  'upc.praktijkmanagement': [
    'Een medewerker volgt de opleiding praktijkmanagement en neemt personeels-, financiële en organisatietaken van de huisarts over.',
    'A staff member takes the practice management course and takes over staffing, finance and organisation tasks from the GP.',
  ],
};

export const CATALOG: Readonly<Record<InterventionId, CatalogEntry>> = Object.freeze(
  Object.fromEntries(
    INTERVENTION_IDS.map((id) => {
      const [description, descriptionEn] = descriptions[id];
      const problemWords = Object.freeze([...PROBLEM_WORDS[id]]);
      return [id, Object.freeze({ id, element: elementOf(id) as Element, description, descriptionEn, problemWords })];
    }),
  ) as Record<InterventionId, CatalogEntry>,
);

const KNOWN_IDS: ReadonlySet<string> = new Set(INTERVENTION_IDS);
export function isInterventionId(id: string): id is InterventionId {
  return KNOWN_IDS.has(id);
}
