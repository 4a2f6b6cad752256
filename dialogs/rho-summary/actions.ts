// The payloads of the RHO summary's buttons: "Details" (which practice of the region to show), a page or subregion of
// the summary, and the CSV export. `filter` is the card's subregion choice, `subregion` the filter the card was drawn with.
import * as z from 'zod';
import { act } from '../../cards/actions.js';
import { err, wholeNumber } from '../../cards/fields.js';

export const OpenPracticeStatusAction = act('openPracticeStatus', { practiceId: z.string(err('invalid')).min(1).max(100) });
export type OpenPracticeStatusAction = z.infer<typeof OpenPracticeStatusAction>;

const subregion = z.string(err('invalid')).max(80).optional();

export const SummaryPageAction = act('summaryPage', { page: wholeNumber(0, 10_000, 'invalid'), subregion, filter: subregion });
export type SummaryPageAction = z.infer<typeof SummaryPageAction>;

export const ExportCsvAction = act('exportCsv', { subregion, filter: subregion });
export type ExportCsvAction = z.infer<typeof ExportCsvAction>;

export const SCHEMAS = { openPracticeStatus: OpenPracticeStatusAction, summaryPage: SummaryPageAction, exportCsv: ExportCsvAction };
