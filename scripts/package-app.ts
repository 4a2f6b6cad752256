// `npm run package`: the Teams app zip for the bot configured in the environment or .env.
import { config as loadDotenv } from 'dotenv';
import { buildAppPackage, PackageError } from './lib/app-package.js';

loadDotenv({ quiet: true });

try {
  const { outFile } = await buildAppPackage({
    botId: process.env.MicrosoftAppId || process.env.BOT_ID,
    botDomain: process.env.BOT_DOMAIN,
  });
  process.stdout.write(
    `App package written: ${outFile}\nUpload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center.\n`,
  );
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  process.stderr.write(`npm run package: ${error.message}\n`);
  process.exitCode = 1;
}
