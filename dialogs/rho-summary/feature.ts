// Samenvatting: the RHO consultant's view of the region, in the region's consultant channel, or in personal chat and
// group chats for a member of that channel's team (issue 11 §1, §4): the summary a page at a time, filtered on a
// subregion, "Details" per practice and the CSV export.
import type { Feature, FeatureDeps } from '../router/feature.js';
import type { SCHEMAS } from './actions.js';
import { exportCsv } from './export.js';
import { openPracticeStatus, showSummary, summaryPage } from './summary.js';

export function rhoSummaryFeature({ stores, exports, rhoTeams }: FeatureDeps): Feature<typeof SCHEMAS> {
  return {
    commands: {
      summary: {
        phrases: { nl: ['samenvatting', 'overzicht regio', 'regio overzicht'], en: ['summary', 'region summary'] },
        needs: 'none',
        run: (turn, args) => showSummary(turn, stores, rhoTeams, args),
      },
      exportCsv: {
        phrases: { nl: ['exporteer csv', 'exporteer', 'export csv'], en: ['export csv', 'export'] },
        needs: 'none',
        run: (turn, args) => exportCsv(turn, stores, rhoTeams, exports, args.trim() === '' ? {} : { subregion: args.trim() }),
      },
    },
    actions: {
      openPracticeStatus: { needs: 'none', run: (turn, a) => openPracticeStatus(turn, stores, rhoTeams, a) },
      summaryPage: { needs: 'none', run: (turn, a) => summaryPage(turn, stores, rhoTeams, a) },
      exportCsv: { needs: 'none', run: (turn, a) => exportCsv(turn, stores, rhoTeams, exports, a) },
    },
  };
}
